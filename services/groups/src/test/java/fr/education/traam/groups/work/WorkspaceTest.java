package fr.education.traam.groups.work;

import fr.education.traam.contract.groups.CollaborationSpaceKind;
import fr.education.traam.contract.groups.CollaborationSpaceLink;
import fr.education.traam.contract.groups.ResearchGroupLink;
import fr.education.traam.contract.groups.WorkspaceChanged;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.kit.domain.Refused;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {

    static final CollaborationSpace TRIBU = CollaborationSpace.of("spaces[0]", CollaborationSpaceKind.TRIBU, "Espace Tribu",
            "https://tribu.phm.education.gouv.fr/traam-ia-lyon");
    static final CollaborationSpace PAD = CollaborationSpace.of("spaces[1]", CollaborationSpaceKind.PAD, "Pad des séquences",
            "https://pad.ac-lyon.fr/p/traam-ia");
    static final ResearchGroup GTNUM = ResearchGroup.of("gtnum", "GTnum IA et écriture", "https://gtnum.education.fr/ia-ecriture");

    @Test
    void those_responsible_list_the_spaces_and_the_gtnum_and_the_event_carries_kinds_and_links() {
        Workspace.Changed change = Workspace.none(new GroupId("lyon-ia")).arrange(List.of(TRIBU, PAD), GTNUM);

        assertThat(change.workspace().spaces()).containsExactly(TRIBU, PAD);
        assertThat(change.events()).containsExactly(new WorkspaceChanged("lyon-ia", List.of(
                new CollaborationSpaceLink(CollaborationSpaceKind.TRIBU, "https://tribu.phm.education.gouv.fr/traam-ia-lyon"),
                new CollaborationSpaceLink(CollaborationSpaceKind.PAD, "https://pad.ac-lyon.fr/p/traam-ia")),
                new ResearchGroupLink("GTnum IA et écriture", "https://gtnum.education.fr/ia-ecriture")));
    }

    @Test
    void the_same_workspace_again_changes_nothing_and_dropping_the_gtnum_is_a_change() {
        Workspace arranged = Workspace.none(new GroupId("lyon-ia")).arrange(List.of(TRIBU), GTNUM).workspace().withVersion(0);

        assertThat(arranged.arrange(List.of(TRIBU), GTNUM).events()).isEmpty();
        assertThat(arranged.arrange(List.of(TRIBU), null).events()).singleElement()
                .isInstanceOfSatisfying(WorkspaceChanged.class, changed -> assertThat(changed.gtnum()).isNull());
    }

    @Test
    void refuses_a_space_listed_twice_and_a_space_without_a_label() {
        assertThatThrownBy(() -> Workspace.none(new GroupId("lyon-ia")).arrange(List.of(TRIBU, PAD, TRIBU), null))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.field()).isEqualTo("spaces[2].link"));
        assertThatThrownBy(() -> CollaborationSpace.of("spaces[0]", CollaborationSpaceKind.WIKI, "", "https://wiki.ac-lyon.fr/traam"))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.field()).isEqualTo("spaces[0].label"));
    }
}
