package id.go.cilegon.sigap.webapp;

import id.go.cilegon.sigap.infra.mongo.StoreOnly;
import id.go.cilegon.sigap.webapp.personaldata.MasterKeyRotation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sigap: one process holding the command side, the read models and the web, on MongoDB. With
 * {@code --sigap.mongodb.store-only=true} the same jar runs only the embedded store, for several nodes
 * ({@link StoreOnly}); with {@code --sigap.personal-data.rotate-master-key=true} it changes the personal-data master
 * key while every node is stopped, and ends ({@link MasterKeyRotation}).
 */
@SpringBootApplication(scanBasePackages = "id.go.cilegon.sigap")
@ConfigurationPropertiesScan("id.go.cilegon.sigap")
@EnableScheduling
public class SigapApplication {

    public static void main(String[] args) {
        // Axon's update checker would try to reach the internet at start-up; Sigap's servers have no need of it.
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (switchedOn(StoreOnly.PROPERTY, args)) {
            StoreOnly.application().run(args);
        } else if (switchedOn(MasterKeyRotation.PROPERTY, args)) {
            System.exit(SpringApplication.exit(MasterKeyRotation.application().run(args)));
        } else {
            SpringApplication.run(SigapApplication.class, args);
        }
    }

    /** Whether the command line or the environment sets {@code property} to true, read before anything starts. */
    private static boolean switchedOn(String property, String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return environment.getProperty(property, Boolean.class, false);
    }
}
