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
        assertThat(expert.selectRefused(campaignId, CampaignDrafts.THEME_ID, "Grenoble", "", () -> { }))
                .contains("Écrivez la raison de cette décision");
        // Another expert's decision lands while the page is open: the stale form is refused (412) and the board says so.
        String selection = "/api/candidatures/selections/" + campaignId + "/" + CampaignDrafts.THEME_ID;
        String stale = expert.selectRefused(campaignId, CampaignDrafts.THEME_ID, "Grenoble", "Projet précis", () -> Answers.expectStatus(200,
                running.gateway().put(selection + "/decisions/" + Academy.GRENOBLE.code(), running.badges().dneExpert(CampaignDrafts.EXPERT_ID),
                        new Campaigning.Decision("NOT_RETAINED", "Équipe encore incomplète"))));
        assertThat(stale).contains("Quelqu'un a modifié cette page entre-temps");
        assertThat(expert.decisionOf("Grenoble")).isEqualTo("Non retenue");
        assertThat(expert.select(campaignId, CampaignDrafts.THEME_ID, "Grenoble", "Projet précis, équipe déjà formée")).isEqualTo("Retenue");
        expert.publish(campaignId, CampaignDrafts.THEME_ID);
        List<String> groups = awaitGroups(expert, campaignId);
        assertThat(groups).anyMatch(row -> row.contains("Lyon")).anyMatch(row -> row.contains("Grenoble"));
        List<String> rows = new java.util.ArrayList<>();
        assertThat(expert.downloadExports(campaignId, rows))
                .isEqualTo("academy_code;academy;theme_id;theme;projects;team_size;state;decision;rationale;published");
        assertThat(rows).anyMatch(row -> row.startsWith("10;Lyon;" + CampaignDrafts.THEME_ID) && row.contains(";SELECTED;"));

        String title = submittedByLyon(running, campaignId);
        assertThat(awaitReview(expert, title)).contains(title);
        assertThat(expert.amend(campaignId, CampaignDrafts.THEME_ID, "Grenoble", false, "L'équipe de Grenoble se retire du projet"))
                .contains("Retenue", "Non retenue", "L'équipe de Grenoble se retire du projet");

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

    /**
     * Lyon's teacher drafts and submits a scenario, the académie's inspector approves it: it awaits the theme's expert
     * at the national stage. Its title.
     */
    private static String submittedByLyon(SharedPlatform.Running running, String campaignId) {
        Gateway gateway = running.gateway();
        Badges badges = running.badges();
        String listing = "/api/groups?campaignId=" + campaignId + "&themeId=" + CampaignDrafts.THEME_ID + "&academy=" + Academy.LYON.code();
        String group = Gateway.json(Answers.awaitAnswer("Lyon's academic group", 200,
                () -> gateway.get(listing, badges.dneExpert(CampaignDrafts.EXPERT_ID)),
                response -> Gateway.json(response).size() == 1)).get(0).get("id").asString();
        String teacher = badges.groupMember("TEACHER", Academy.LYON, Academy.LYON.address("paul.martin"));
        String inspector = badges.groupMember("ACADEMIC_INSPECTOR", Academy.LYON, Academy.LYON.address("helene.robert"));
        String title = "Écrire avec une IA en 4e " + java.util.UUID.randomUUID().toString().substring(0, 8);
        var drafted = Answers.awaitAnswer("the draft of Lyon's teacher", 201,
                () -> gateway.post("/api/productions", teacher, ProductionJourneyIT.Scenario.draft(group, title)));
        String path = "/api/productions/" + Gateway.json(drafted).get("id").asString();
        var submitted = Answers.expectStatus(200, gateway.send("POST", path + "/submission", teacher, null, etag(drafted)));
        Answers.expectStatus(200, gateway.send("POST", path + "/reviews", inspector,
                new ProductionJourneyIT.Review("APPROVED", null), etag(submitted)));
        return title;
    }

    private static String etag(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.body()));
    }

    /** The productions service follows the approval at once; the list is read again if it lags. */
    private static List<String> awaitReview(ExpertScreens expert, String title) {
        List<String> titles = List.of();
        for (int attempt = 0; attempt < 10 && !titles.contains(title); attempt++) {
            if (attempt > 0) {
                sleep();
            }
            titles = expert.awaitingReview();
        }
        return titles;
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
