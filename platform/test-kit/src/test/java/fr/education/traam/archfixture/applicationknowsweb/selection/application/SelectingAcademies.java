package fr.education.traam.archfixture.applicationknowsweb.selection.application;

import fr.education.traam.archfixture.applicationknowsweb.selection.NationalSelection;
import fr.education.traam.archfixture.applicationknowsweb.selection.Selections;
import org.springframework.stereotype.Service;

/** The violation: a use case that answers in a web adapter's terms. */
@Service
public class SelectingAcademies {

    private final Selections selections;

    public SelectingAcademies(Selections selections) {
        this.selections = selections;
    }

    public fr.education.traam.archfixture.applicationknowsweb.selection.web.CapacityView view(String id) {
        return new fr.education.traam.archfixture.applicationknowsweb.selection.web.CapacityView(selection(id).capacity());
    }

    public NationalSelection selection(String id) {
        return selections.find(id).orElseThrow();
    }
}
