package fr.education.traam.candidatures;

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
@OpenAPIDefinition(info = @Info(title = "TraAM candidatures", version = "1",
        description = "Académies' candidatures to the themes of a campaign, submitted by their DAN while the call is open. "
                + "Follows traam.campaigns; events on traam.candidatures, the selected teams on the restricted traam.candidatures.teams."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CandidaturesApplication {

    public static void main(String[] args) {
        SpringApplication.run(CandidaturesApplication.class, args);
    }
}
