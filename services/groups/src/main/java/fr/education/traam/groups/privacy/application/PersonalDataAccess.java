package fr.education.traam.groups.privacy.application;

import fr.education.traam.groups.privacy.PersonalData;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.security.Role;

/**
 * Who may see and erase what the service holds on a person: an operator, or the DAN of an académie in whose academic
 * group the person sits or sat (a closed group keeps its members). Nobody else, not even the person's fellow members:
 * the person themself asks their DAN or an operator, who answer the request.
 */
record PersonalDataAccess(Caller caller) {

    boolean mayReach(PersonalData data) {
        if (caller.has(Role.OPERATOR)) {
            return true;
        }
        return caller.has(Role.DAN) && caller.academyCode().filter(data.academies()::contains).isPresent();
    }
}
