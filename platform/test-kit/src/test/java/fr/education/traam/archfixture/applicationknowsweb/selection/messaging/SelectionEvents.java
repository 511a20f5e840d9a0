package fr.education.traam.archfixture.applicationknowsweb.selection.messaging;

import fr.education.traam.archfixture.applicationknowsweb.selection.application.SelectingAcademies;

import java.util.function.Consumer;

/** A consumer, as thin as the controller. */
class SelectionEvents implements Consumer<String> {

    private final SelectingAcademies selecting;

    SelectionEvents(SelectingAcademies selecting) {
        this.selecting = selecting;
    }

    @Override
    public void accept(String id) {
        selecting.selection(id);
    }
}
