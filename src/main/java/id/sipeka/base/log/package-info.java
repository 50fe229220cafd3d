/** Log output without secrets: logback converters used by logback-spring.xml. */
package id.sipeka.base.log;
