package fr.education.traam.campaignview;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service that needs nothing of campaigns but the view: the library and one line of configuration. */
@SpringBootApplication
public class CampaignViewTestApplication {
}
