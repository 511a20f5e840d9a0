package fr.education.traam.candidatures.fileimport.spreadsheet;

import fr.education.traam.candidatures.fileimport.DedicatedFileReader;
import fr.education.traam.candidatures.fileimport.SheetRow;

/**
 * Carries a failure of the visitor (a database write while saving progress, say) through the readers' own error
 * handling, so that it is rethrown as it was and never mistaken for a broken file.
 */
final class VisitorFailed extends RuntimeException {

    private VisitorFailed(RuntimeException cause) {
        super(cause);
    }

    static boolean visit(DedicatedFileReader.Visitor visitor, SheetRow row) {
        try {
            return visitor.row(row);
        } catch (RuntimeException failed) {
            throw new VisitorFailed(failed);
        }
    }

    @Override
    public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
    }
}
