package fr.education.traam.contract;

import fr.education.traam.contract.candidatures.AcademicTeam;
import fr.education.traam.contract.candidatures.GroupMember;
import fr.education.traam.contract.candidatures.SelectedTeamsTransmitted;
import fr.education.traam.contract.groups.MemberIdentified;
import fr.education.traam.contract.groups.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal data (a team, a member of it) travels only on a restricted topic (ADR 22): every catalogued event is
 * walked through its components, nested records and the element types of its lists, and one that reaches a
 * personal-data type must be defined on a topic of {@link Topics#RESTRICTED}.
 */
class PersonalDataTest {

    private static final Set<Class<?>> PERSONAL_DATA = Set.of(GroupMember.class, AcademicTeam.class, MemberIdentity.class);

    static Stream<EventDefinition> definitions() {
        return EventCatalogue.all().stream();
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void an_event_that_carries_personal_data_is_on_a_restricted_topic(EventDefinition definition) {
        requireRestrictedWhenPersonal(definition);
    }

    @Test
    void the_walk_finds_the_teams_and_the_members_identities_and_only_there() {
        assertThat(EventCatalogue.all()).filteredOn(definition -> !pathsToPersonalData(definition.javaType()).isEmpty())
                .extracting(EventDefinition::javaType).containsExactly(SelectedTeamsTransmitted.class, MemberIdentified.class);
        assertThat(pathsToPersonalData(SelectedTeamsTransmitted.class)).containsExactly("teams[].team");
        assertThat(pathsToPersonalData(MemberIdentified.class)).containsExactly("identity");
    }

    @Test
    void a_team_nested_in_a_list_of_records_on_a_public_topic_is_refused() {
        EventDefinition leaky = new EventDefinition("fr.education.traam.candidatures.leaky.v1", LeakyEvent.class,
                Topics.CANDIDATURES, "traam/events/schemas/candidatures/leaky.v1.schema.json");

        assertThat(pathsToPersonalData(LeakyEvent.class)).containsExactlyInAnyOrder("themes[].teams[].team", "themes[].contacts[][]");
        assertThatThrownBy(() -> requireRestrictedWhenPersonal(leaky)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("themes[].teams[].team").hasMessageContaining(Topics.CANDIDATURES);
    }

    @Test
    void an_event_without_personal_data_may_be_public() {
        requireRestrictedWhenPersonal(new EventDefinition("fr.education.traam.candidatures.harmless.v1", HarmlessEvent.class,
                Topics.CANDIDATURES, "traam/events/schemas/candidatures/harmless.v1.schema.json"));
    }

    private static void requireRestrictedWhenPersonal(EventDefinition definition) {
        List<String> paths = pathsToPersonalData(definition.javaType());
        if (!paths.isEmpty()) {
            assertThat(Topics.RESTRICTED).as("%s carries personal data at %s, yet is on %s", definition.type(), paths,
                    definition.topic()).contains(definition.topic());
        }
    }

    /** Where {@code type} reaches a personal-data type, as paths of its components ({@code teams[].team}). */
    static List<String> pathsToPersonalData(Class<?> type) {
        List<String> paths = new ArrayList<>();
        walk(type, "", new HashSet<>(), paths);
        return paths;
    }

    private static void walk(Type type, String path, Set<Type> seen, List<String> paths) {
        if (type instanceof ParameterizedType parameterized) {
            // A list, a set, a map: what it holds is what travels.
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, path + "[]", seen, paths);
            }
        } else if (type instanceof GenericArrayType array) {
            walk(array.getGenericComponentType(), path + "[]", seen, paths);
        } else if (type instanceof Class<?> raw) {
            if (PERSONAL_DATA.contains(raw)) {
                paths.add(path);
            } else if (raw.isArray()) {
                walk(raw.getComponentType(), path + "[]", seen, paths);
            } else if (raw.isRecord() && seen.add(raw)) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    walk(component.getGenericType(), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                            seen, paths);
                }
                seen.remove(raw);
            }
        }
    }

    /** A fixture, never catalogued: what a careless version of an event might have looked like. */
    record LeakyEvent(String id, List<LeakyTheme> themes) implements TraamEvent {

        @Override
        public String aggregateId() {
            return id;
        }
    }

    record LeakyTheme(String themeId, Map<String, LeakyTeam> teams, List<List<GroupMember>> contacts) {
    }

    record LeakyTeam(String academy, AcademicTeam team) {
    }

    record HarmlessEvent(String id, List<String> codes) implements TraamEvent {

        @Override
        public String aggregateId() {
            return id;
        }
    }
}
