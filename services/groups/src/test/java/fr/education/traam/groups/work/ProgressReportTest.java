package fr.education.traam.groups.work;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.contract.groups.ProgressReported;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressReportTest {

    static ProgressReport.Changed report(String text, List<ReportLink> links) {
        return ProgressReport.report(new ReportId("report-1"), new GroupId("national-ia"), "10", new PersonId("member-3"),
                new CampaignId("campaign-2027"), new ThemeId("theme-ia"), text, links, Instant.parse("2028-01-15T10:00:00Z"));
    }

    @Test
    void a_referent_reports_with_links_and_the_event_tells_neither_the_text_nor_a_name() {
        ProgressReport.Changed change = report("  Trois séquences testées en classe de cinquième.  ",
                List.of(ReportLink.of("links[0]", "https://pad.ac-lyon.fr/p/traam-ia", "Notre pad"),
                        ReportLink.of("links[1]", "https://tribu.phm.education.gouv.fr/traam", " ")));

        assertThat(change.report().text()).isEqualTo("Trois séquences testées en classe de cinquième.");
        assertThat(change.report().links().get(1).label()).isNull();
        assertThat(change.events()).containsExactly(new ProgressReported("report-1", "national-ia", "10", "member-3", 2));
    }

    @Test
    void refuses_an_empty_text_a_text_over_five_thousand_characters_and_an_eleventh_link() {
        assertThatThrownBy(() -> report(" ", List.of())).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.field()).isEqualTo("text"));
        assertThatThrownBy(() -> report("é".repeat(5001), List.of())).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.field()).isEqualTo("text"));
        ReportLink link = ReportLink.of("links[0]", "https://pad.ac-lyon.fr/p/traam-ia", null);
        assertThatThrownBy(() -> report("Avancement", Collections.nCopies(11, link))).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.field()).isEqualTo("links"));
    }

    @Test
    void refuses_a_link_with_credentials_naming_it() {
        assertThatThrownBy(() -> ReportLink.of("links[4]", "https://moi:motdepasse@pad.ac-lyon.fr/p", null))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.field()).isEqualTo("links[4].url"));
    }
}
