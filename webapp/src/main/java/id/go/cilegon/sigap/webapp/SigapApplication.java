package id.go.cilegon.sigap.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sigap: one process holding the command side, the read models and the web, on MongoDB. */
@SpringBootApplication(scanBasePackages = "id.go.cilegon.sigap")
@ConfigurationPropertiesScan("id.go.cilegon.sigap")
@EnableScheduling
public class SigapApplication {

    public static void main(String[] args) {
        // Axon's update checker would try to reach the internet at start-up; Sigap's servers have no need of it.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(SigapApplication.class, args);
    }
}
