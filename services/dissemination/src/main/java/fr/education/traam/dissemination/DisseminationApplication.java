package fr.education.traam.dissemination;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@OpenAPIDefinition(info = @Info(title = "TraAM dissemination", version = "1",
        description = "ÉduNum edition lines (one per discipline, one per theme), their drafts, editions and public feeds; "
                + "académies' websites, their signed webhooks and delivery logs; each académie's Atom feed; draft posts for the "
                + "éduscol social media accounts in an editors' review queue (nothing is posted anywhere). "
                + "Follows traam.campaigns, traam.candidatures and traam.productions; events on traam.dissemination."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class DisseminationApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisseminationApplication.class, args);
    }
}
