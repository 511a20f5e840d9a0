package fr.education.traam.dissemination.newsletter;

import fr.education.traam.contract.dissemination.EditionEntry;
import fr.education.traam.contract.dissemination.NewsletterEditionPublished;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static fr.education.traam.dissemination.newsletter.NewsMother.MONDAY;
import static fr.education.traam.dissemination.newsletter.NewsMother.lettresWith;
import static fr.education.traam.dissemination.newsletter.NewsMother.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditionLineTest {

    private static final NewsItem CONTE = production("conte", "Réécrire un conte avec une IA");
    private static final NewsItem DEBAT = production("debat", "Débattre avec un agent conversationnel");
    private static final NewsItem CARTE = production("carte", "Une carte mentale collaborative");

    @Test
    void lines_are_named_and_identified_by_what_they_follow() {
        assertThat(LineSubject.discipline("Histoire-géographie").lineId().value()).isEqualTo("discipline-histoire-geographie");
        assertThat(LineSubject.discipline("Histoire-géographie").lineTitle()).isEqualTo("ÉduNum Histoire-géographie");
        assertThat(LineSubject.theme("c-2027", "ia-et-ecriture", "IA et écriture").lineId().value()).isEqualTo("theme-c-2027-ia-et-ecriture");
    }

    @Test
    void an_item_gathered_twice_is_in_the_draft_once() {
        EditionLine line = lettresWith(CONTE, DEBAT, CONTE);

        assertThat(line.draft().items()).extracting(NewsItem::id).containsExactly("conte", "debat");
    }

    @Test
    void a_removed_item_does_not_come_back_when_its_event_is_delivered_again() {
        EditionLine line = lettresWith(CONTE, DEBAT).remove("conte").line();

        assertThat(line.gather(CONTE).draft().items()).extracting(NewsItem::id).containsExactly("debat");
    }

    @Test
    void a_withdrawn_production_leaves_the_draft_with_its_spotlight_and_stays_in_the_edition_sent_and_out_when_redelivered() {
        NewsItem first = NewsMother.ofProduction("published-1", "production-1", "Un conte réécrit");
        NewsItem again = NewsMother.ofProduction("published-2", "production-1", "Un conte réécrit (révisé)");
        EditionLine line = lettresWith(first, DEBAT).publish(MONDAY, "editor-1", n -> "https://traam.example.fr/editions/" + n).line()
                .gather(again).gather(CONTE).spotlight("published-2").line();

        EditionLine withdrawn = line.withdrawProduction("production-1").line();

        assertThat(withdrawn.draft().items()).extracting(NewsItem::id).containsExactly("conte");
        assertThat(withdrawn.draft().spotlight()).as("the spotlight went with it").isNull();
        assertThat(withdrawn.edition(1).orElseThrow().readingOrder()).extracting(NewsItem::id).containsExactly("published-1", "debat");
        assertThat(withdrawn.gather(again).draft().items()).as("its publication redelivered").extracting(NewsItem::id).containsExactly("conte");
        assertThat(withdrawn.withdrawProduction("production-1").line()).as("withdrawn again: unchanged").isEqualTo(withdrawn);
        assertThat(lettresWith(CONTE).withdrawProduction("production-1").line()).isEqualTo(lettresWith(CONTE));
    }

    @Test
    void an_editor_reorders_annotates_and_spotlights_and_the_edition_opens_with_the_spotlight() {
        EditionLine line = lettresWith(CONTE, DEBAT, CARTE);
        line = line.reorder(List.of("carte", "debat", "conte")).line();
        line = line.annotate("debat", "  À essayer en classe de seconde.  ").line();
        line = line.spotlight("conte").line();

        EditionLine.Changed published = line.publish(MONDAY, "editor-1", n -> "https://traam.example.fr/editions/" + n);

        Edition edition = published.line().edition(1).orElseThrow();
        assertThat(edition.title()).isEqualTo("ÉduNum Lettres n°1");
        assertThat(edition.readingOrder()).extracting(NewsItem::id).containsExactly("conte", "carte", "debat");
        assertThat(edition.items().get(1).note()).isEqualTo("À essayer en classe de seconde.");
        assertThat(published.line().draft().items()).isEmpty();
        assertThat(published.events()).singleElement().isInstanceOfSatisfying(NewsletterEditionPublished.class, event -> {
            assertThat(event.number()).isEqualTo(1);
            assertThat(event.url()).isEqualTo("https://traam.example.fr/editions/1");
            assertThat(event.spotlight()).isEqualTo(new EditionEntry(CONTE.title(), CONTE.link()));
            assertThat(event.entries()).extracting(EditionEntry::title).containsExactly(CONTE.title(), CARTE.title(), DEBAT.title());
        });
    }

    @Test
    void editions_are_numbered_per_line_from_one_and_published_items_never_return() {
        EditionLine line = lettresWith(CONTE).publish(MONDAY, "editor-1", n -> "u" + n).line();
        line = line.gather(CONTE).gather(DEBAT);

        EditionLine second = line.publish(MONDAY.plusSeconds(3600), "editor-1", n -> "u" + n).line();

        assertThat(second.editions()).extracting(Edition::number).containsExactly(1, 2);
        assertThat(second.edition(2).orElseThrow().readingOrder()).extracting(NewsItem::id).containsExactly("debat");
        assertThat(second.lastPublished()).isEqualTo(MONDAY.plusSeconds(3600));
    }

    @Test
    void removing_the_spotlit_item_leaves_no_spotlight() {
        EditionLine line = lettresWith(CONTE, DEBAT).spotlight("conte").line().remove("conte").line();

        assertThat(line.draft().spotlight()).isNull();
        assertThat(line.publish(MONDAY, "e", n -> "u").line().edition(1).orElseThrow().spotlightItem()).isEmpty();
    }

    @Test
    void an_empty_draft_cannot_be_published() {
        assertThatThrownBy(() -> lettresWith().publish(Instant.now(), "editor-1", n -> "u"))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.refusal()).isEqualTo(NewsletterRefusal.EMPTY_DRAFT));
    }

    @Test
    void an_order_must_name_every_item_once_and_unknown_items_are_not_found() {
        EditionLine line = lettresWith(CONTE, DEBAT);

        assertThatThrownBy(() -> line.reorder(List.of("conte"))).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.field()).isEqualTo("order"));
        assertThatThrownBy(() -> line.reorder(List.of("conte", "conte"))).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> line.spotlight("inconnu")).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.refusal()).isEqualTo(NewsletterRefusal.NEWS_ITEM_NOT_FOUND));
    }

    @Test
    void an_amendment_rewrites_the_selection_s_news_in_the_draft_in_its_place_with_its_note_and_spotlight() {
        EditionLine line = lettresWith(CONTE, NewsMother.selection("published", "c/ia", 0, "2 académies retenues"), DEBAT);
        line = line.annotate("published", "Bravo aux équipes.").line().spotlight("published").line();

        EditionLine amended = line.followAmendment(NewsMother.selection("amend-1", "c/ia", 1, "Corrigée : 1 académie retenue"),
                NewsMother.correction("amend-1", "c/ia", 1, "Correction")).line();

        assertThat(amended.draft().items()).extracting(NewsItem::id).containsExactly("conte", "published", "debat");
        NewsItem rewritten = amended.draft().item("published").orElseThrow();
        assertThat(rewritten.title()).isEqualTo("Corrigée : 1 académie retenue");
        assertThat(rewritten.note()).isEqualTo("Bravo aux équipes.");
        assertThat(rewritten.selection().revision()).isEqualTo(1);
        assertThat(amended.draft().spotlight()).isEqualTo("published");
        assertThat(amended.gathered()).contains("amend-1");
    }

    @Test
    void an_amendment_of_a_selection_already_published_in_an_edition_is_a_correction_in_the_next_one() {
        EditionLine published = lettresWith(NewsMother.selection("published", "c/ia", 0, "2 académies retenues"))
                .publish(MONDAY, "editor-1", n -> "https://traam.example.fr/editions/" + n).line();

        EditionLine corrected = published.followAmendment(NewsMother.selection("amend-1", "c/ia", 1, "Corrigée"),
                NewsMother.correction("amend-1", "c/ia", 1, "Correction : sélection du thème « IA »")).line();
        EditionLine again = corrected.followAmendment(NewsMother.selection("amend-2", "c/ia", 2, "Corrigée deux fois"),
                NewsMother.correction("amend-2", "c/ia", 2, "Correction : la sélection du thème « IA » a encore changé")).line();

        assertThat(corrected.edition(1).orElseThrow().readingOrder()).extracting(NewsItem::title).containsExactly("2 académies retenues");
        assertThat(corrected.draft().items()).extracting(NewsItem::id, NewsItem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("amend-1", NewsKind.SELECTION_AMENDED));
        assertThat(again.draft().items()).as("the correction still in the draft is rewritten, not doubled").singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("Correction : la sélection du thème « IA » a encore changé"));
    }

    @Test
    void an_amendment_delivered_again_or_older_than_the_news_changes_nothing_and_a_removed_item_stays_removed() {
        EditionLine line = lettresWith(NewsMother.selection("published", "c/ia", 0, "2 académies retenues"));
        EditionLine second = line.followAmendment(NewsMother.selection("amend-2", "c/ia", 2, "Deuxième correction"),
                NewsMother.correction("amend-2", "c/ia", 2, "Correction")).line();

        EditionLine late = second.followAmendment(NewsMother.selection("amend-1", "c/ia", 1, "Première correction"),
                NewsMother.correction("amend-1", "c/ia", 1, "Correction")).line();
        EditionLine redelivered = late.followAmendment(NewsMother.selection("amend-2", "c/ia", 2, "Deuxième correction"),
                NewsMother.correction("amend-2", "c/ia", 2, "Correction")).line();
        EditionLine removed = line.remove("published").line().followAmendment(NewsMother.selection("amend-1", "c/ia", 1, "Corrigée"),
                NewsMother.correction("amend-1", "c/ia", 1, "Correction")).line();

        assertThat(late.draft()).isEqualTo(second.draft());
        assertThat(late.draft().items()).singleElement().satisfies(item -> assertThat(item.title()).isEqualTo("Deuxième correction"));
        assertThat(redelivered).isEqualTo(late);
        assertThat(removed.draft().items()).as("the editor chose not to tell this selection").isEmpty();
    }
}
