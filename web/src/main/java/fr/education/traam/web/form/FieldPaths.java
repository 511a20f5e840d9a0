package fr.education.traam.web.form;

/**
 * The {@code id} of the field an API's JSON path names, so that a refusal lands beside its field: {@code
 * projects[0].title} is {@code projects-0-title}; {@code team.teachers} (a rule on their number) is {@code team-teachers},
 * the group of rows. A form names its fields after the paths of the body it sends.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    public static String id(String path) {
        return path.replace("].", "-").replace('[', '-').replace("]", "").replace('.', '-');
    }
}
