package fr.education.traam.campaigns.campaign;

import fr.education.traam.contract.campaigns.DneExpert;

/** A DNE expert leading a theme; {@code id} is the subject of the expert's token. */
public record Expert(String id, String name) {

    DneExpert toContract() {
        return new DneExpert(id, name);
    }
}
