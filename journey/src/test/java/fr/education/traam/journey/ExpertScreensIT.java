package fr.education.traam.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DNE expert's screens in the browser ({@link ExpertScreens}): a campaign drafted and opened and Lyon and Grenoble
 * applying through the API, then {@code expert-lettres} (the theme's expert by their token's subject) logs in, moves the
 * campaign to its national selection, selects both académies, publishes and sees the groups formed. Temporary: the
 * lead folds it into the broad journey.
 */
@ExtendWith(SharedPlatform.class)
class ExpertScreensIT {

    private static Pages pages;

    @BeforeAll
    static void openTheBrowser() {
        pages = Pages.onTheSharedPlatform();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (pages != null) {
            pages.close();
        }
    }

    @Test
    void the_expert_moves_the_phase_selects_publishes_and_sees_the_groups() {
        SharedPlatform.Running running = SharedPlatform.running();
        Campaigning campaigning = new Campaigning(running.gateway(), running.badges());
        String campaignId = campaigning.draftAndOpenTheCall(running.badges().dneExpert(CampaignDrafts.EXPERT_ID));
        campaigning.applyByForm(Academy.LYON, campaignId, CampaignDrafts.THEME_ID);
        campaigning.applyByForm(Academy.GRENOBLE, campaignId, CampaignDrafts.THEME_ID);

        pages.logIn(CampaignDrafts.EXPERT_ID, "Claire Martin", false);
        ExpertScreens expert = new ExpertScreens(pages);
        assertThat(expert.moveToNationalSelection(campaignId)).contains("Sélection nationale");
        // The candidatures service learns of the phase by its event: the first decision waits for it, as a person retries.
        assertThat(selectWhenTheServiceKnows(expert, campaignId, "Lyon")).isEqualTo("Retenue");
        assertThat(expert.select(campaignId, CampaignDrafts.THEME_ID, "Grenoble", "Projet précis, équipe déjà formée")).isEqualTo("Retenue");
        expert.publish(campaignId, CampaignDrafts.THEME_ID);
        List<String> groups = awaitGroups(expert, campaignId);
        assertThat(groups).anyMatch(row -> row.contains("Lyon")).anyMatch(row -> row.contains("Grenoble"));
        List<String> rows = new java.util.ArrayList<>();
        assertThat(expert.downloadExports(campaignId, rows))
                .isEqualTo("academy_code;academy;theme_id;theme;projects;team_size;state;decision;rationale;published");
        assertThat(rows).anyMatch(row -> row.startsWith("10;Lyon;" + CampaignDrafts.THEME_ID) && row.contains(";SELECTED;"));

        assertThat(pages.violations()).as("WCAG 2.1 AA violations, every page").isEmpty();
    }

    private static String selectWhenTheServiceKnows(ExpertScreens expert, String campaignId, String academy) {
        AssertionError last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return expert.select(campaignId, CampaignDrafts.THEME_ID, academy, "Équipe solide, usages déjà éprouvés en classe");
            } catch (AssertionError | RuntimeException e) {
                last = e instanceof AssertionError a ? a : new AssertionError(e);
                sleep();
            }
        }
        throw last;
    }

    /** The groups service forms the groups from the published selection's event. */
    private static List<String> awaitGroups(ExpertScreens expert, String campaignId) {
        List<String> groups = List.of();
        for (int attempt = 0; attempt < 30 && groups.stream().noneMatch(row -> row.contains("Grenoble")); attempt++) {
            if (attempt > 0) {
                sleep();
            }
            groups = expert.groups(campaignId, CampaignDrafts.THEME_ID);
        }
        return groups;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
