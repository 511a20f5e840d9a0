package fr.education.traam.candidatures.candidature.application;

import fr.education.traam.candidatures.candidature.Candidature;
import fr.education.traam.candidatures.candidature.CandidatureId;
import fr.education.traam.candidatures.candidature.CandidatureNotFound;
import fr.education.traam.candidatures.candidature.CandidatureRefusal;
import fr.education.traam.candidatures.candidature.Candidatures;
import fr.education.traam.kit.domain.CommonRefusal;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;
import fr.education.traam.reference.Academy;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Reading candidatures, scoped by who asks: DNE experts and inspectors general see every académie's, a DAN
 * only their own (their team's names and addresses are personal data), anyone else none.
 */
@Service
public class ConsultingCandidatures {

    private final Candidatures candidatures;

    public ConsultingCandidatures(Candidatures candidatures) {
        this.candidatures = candidatures;
    }

    public List<Candidature> list(Caller caller, Candidatures.Filter filter) {
        if (national(caller)) {
            return candidatures.list(filter);
        }
        Academy own = ownAcademy(caller);
        if (filter.academy() != null && filter.academy() != own) {
            throw otherAcademy(own, filter.academy());
        }
        return candidatures.list(new Candidatures.Filter(filter.campaignId(), filter.themeId(), own, filter.status()));
    }

    public Candidature read(Caller caller, CandidatureId id) {
        Candidature candidature = candidatures.find(id).orElseThrow(() -> new CandidatureNotFound(id));
        if (!national(caller)) {
            Academy own = ownAcademy(caller);
            if (candidature.academy() != own) {
                throw otherAcademy(own, candidature.academy());
            }
        }
        return candidature;
    }

    private static boolean national(Caller caller) {
        return caller.has(Role.DNE_EXPERT) || caller.has(Role.INSPECTOR_GENERAL);
    }

    private static Academy ownAcademy(Caller caller) {
        if (!caller.has(Role.DAN)) {
            throw new Refused(CommonRefusal.ROLE_NOT_ALLOWED, "Your roles do not allow reading candidatures.");
        }
        return AcademyDelegates.of(caller).academy();
    }

    private static Refused otherAcademy(Academy own, Academy other) {
        return new Refused(CandidatureRefusal.OTHER_ACADEMY, "the DAN of académie " + own.code()
                + " (" + own.label() + ") does not see the candidatures of académie " + other.code() + " (" + other.label() + ")");
    }
}
