-- WhatsApp through an HTTP gateway (off unless SIPEKA_WA_URL is set): a reader's WhatsApp number beside their
-- e-mail choice, and the outbox holds both channels (saluran SUREL or WA), each message once under its unique kunci.
ALTER TABLE langganan_surel ADD COLUMN nomor_wa VARCHAR(20) NULL;
ALTER TABLE surel_keluar ADD COLUMN saluran VARCHAR(10) DEFAULT 'SUREL' NOT NULL;
