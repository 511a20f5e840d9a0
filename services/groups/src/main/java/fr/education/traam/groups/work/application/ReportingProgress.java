package fr.education.traam.groups.work.application;

import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.Membership;
import fr.education.traam.groups.group.Stint;
import fr.education.traam.groups.group.WorkingGroup;
import fr.education.traam.groups.group.application.ConsultingGroups;
import fr.education.traam.groups.group.application.GroupReading;
import fr.education.traam.groups.person.Person;
import fr.education.traam.groups.work.ProgressReport;
import fr.education.traam.groups.work.ProgressReports;
import fr.education.traam.groups.work.ReportId;
import fr.education.traam.groups.work.ReportLink;
import fr.education.traam.groups.work.WorkRefusal;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The académies' progress on a theme: the referent of an académie in the national group, known by the professional
 * address of their token, reports it; whoever may see the national group's members reads every report, and an
 * académie's DAN and inspectors read their own académie's.
 */
@Service
public class ReportingProgress {

    private final GroupsAtWork groups;
    private final ProgressReports reports;
    private final Clock clock;

    public ReportingProgress(ConsultingGroups consulting, ProgressReports reports, Clock clock) {
        this.groups = new GroupsAtWork(consulting);
        this.reports = reports;
        this.clock = clock;
    }

    public ProgressReport report(GroupId nationalGroupId, Caller caller, String text, List<ReportLink> links) {
        GroupReading reading = groups.reading(nationalGroupId, caller);
        WorkingGroup national = GroupsAtWork.national(reading);
        national.requireActive();
        Membership referent = referentCalling(reading, caller).orElseThrow(() -> new Refused(WorkRefusal.NOT_A_REFERENT,
                "only the referent of an académie in this national group reports its progress, known by the professional "
                        + "address of their token"));
        Stint now = national.current();
        return reports.save(ProgressReport.report(ReportId.random(), nationalGroupId, referent.academy(), referent.person(),
                now.campaignId(), now.themeId(), text, links, clock.instant()));
    }

    /** The reports to the national group, newest first, of one académie ({@code academy}) or of all (null). */
    public List<ProgressReport> reports(GroupId nationalGroupId, Caller caller, String academy) {
        GroupReading reading = groups.reading(nationalGroupId, caller);
        GroupsAtWork.national(reading);
        if (reading.compositionVisible()) {
            return reports.to(nationalGroupId, academy);
        }
        Optional<String> own = ownAcademy(caller);
        if (own.isEmpty() || (academy != null && !academy.equals(own.get()))) {
            throw new Refused(WorkRefusal.WORK_NOT_VISIBLE, "the reports to national group " + nationalGroupId + " are for "
                    + "those who may see its members; an académie's DAN and inspectors read their own académie's");
        }
        return reports.to(nationalGroupId, own.get());
    }

    /** The caller's place as a referent of the national group, by the address their token carries. */
    private static Optional<Membership> referentCalling(GroupReading reading, Caller caller) {
        if (caller == null || caller.emailAddress().isEmpty()) {
            return Optional.empty();
        }
        String email = caller.emailAddress().get();
        return reading.group().members().stream().filter(m -> m.is(MemberRole.REFERENT) && m.academy() != null)
                .filter(m -> Optional.ofNullable(reading.people().get(m.person())).filter(p -> !p.erased())
                        .map(Person::email).filter(address -> address.value().equals(email)).isPresent())
                .findFirst();
    }

    private static Optional<String> ownAcademy(Caller caller) {
        if (caller == null || !(caller.has(Role.DAN) || caller.has(Role.ACADEMIC_INSPECTOR))) {
            return Optional.empty();
        }
        return caller.academyCode();
    }
}
