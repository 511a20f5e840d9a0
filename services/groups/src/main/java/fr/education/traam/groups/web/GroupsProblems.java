package fr.education.traam.groups.web;

import fr.education.traam.groups.group.GroupRefusal;
import fr.education.traam.groups.work.WorkRefusal;
import fr.education.traam.groups.privacy.PrivacyRefusal;
import fr.education.traam.kit.web.ProblemCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static fr.education.traam.kit.web.ProblemType.conflict;
import static fr.education.traam.kit.web.ProblemType.forbidden;
import static fr.education.traam.kit.web.ProblemType.notFound;
import static fr.education.traam.kit.web.ProblemType.unprocessable;

@Configuration(proxyBeanMethods = false)
class GroupsProblems {

    @Bean
    ProblemCatalogue groupProblems() {
        return ProblemCatalogue.of(GroupRefusal.class, refusal -> switch (refusal) {
            case GROUP_NOT_FOUND -> notFound("group-not-found", "Group not found");
            case GROUP_CLOSED -> conflict("group-closed", "Group closed");
            case NOT_RESPONSIBLE -> forbidden("not-responsible", "Not responsible for this group");
            case MEMBER_NOT_FOUND -> notFound("member-not-found", "Member not found");
            case ALREADY_MEMBER -> conflict("already-member", "Already a member");
            case ROLE_NOT_IN_GROUP -> unprocessable("role-not-in-group", "Role not in this kind of group");
            case ACADEMY_NOT_SEATED -> unprocessable("academy-not-seated", "Académie not retained for the theme");
        });
    }

    @Bean
    ProblemCatalogue workProblems() {
        return ProblemCatalogue.of(WorkRefusal.class, refusal -> switch (refusal) {
            case NOT_A_NATIONAL_GROUP -> unprocessable("not-a-national-group", "Not a national group");
            case WORK_NOT_VISIBLE -> forbidden("work-not-visible", "Not allowed to see this group's work");
            case NOT_A_REFERENT -> forbidden("not-a-referent", "Not a referent of this national group");
        });
    }

    @Bean
    ProblemCatalogue privacyProblems() {
        return ProblemCatalogue.of(PrivacyRefusal.class, refusal -> switch (refusal) {
            case PERSON_NOT_FOUND -> notFound("person-not-found", "Person not found");
            case NOT_ENTITLED -> forbidden("not-entitled", "Not entitled to this person's personal data");
        });
    }
}
