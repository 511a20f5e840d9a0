package fr.education.traam.productions;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@OpenAPIDefinition(info = @Info(title = "TraAM productions", version = "1",
        description = "What the working groups produce: pedagogical scenarios, training modules, academic reports, "
                + "communication supports and theme syntheses, written by their groups, reviewed by the académie's piloting "
                + "inspector and the theme's DNE expert, checked for accessibility and rights before publication, then open "
                + "to everyone in the catalogue. Follows traam.campaigns and traam.groups; events on traam.productions, "
                + "authorship by académie and member id, never names."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ProductionsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProductionsApplication.class, args);
    }
}
