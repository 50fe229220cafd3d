package id.sipeka.evaluasi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the quarterly evaluation ({@code sipeka.evaluasi.*}).
 *
 * @param mulaiOtomatis start each quarter's evaluation by itself the day after the quarter ends (the daily timer of
 *                      processes/mulai-evaluasi.bpmn20.xml); when false only the sekcam starts it
 * @param batasHari the deadline for the units' reports: this many working days after the quarter's last day
 * @param batasBuktiByte the largest evidence file accepted
 */
@ConfigurationProperties("sipeka.evaluasi")
public record EvaluasiProperties(Boolean mulaiOtomatis, Integer batasHari, Long batasBuktiByte) {

    public EvaluasiProperties {
        mulaiOtomatis = mulaiOtomatis == null || mulaiOtomatis;
        batasHari = batasHari == null ? 10 : batasHari;
        batasBuktiByte = batasBuktiByte == null ? 10L * 1024 * 1024 : batasBuktiByte;
    }
}
