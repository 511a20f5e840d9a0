package fr.education.traam.groups.work;

import fr.education.traam.groups.group.GroupId;

import java.util.List;

/** The progress reports of the académies to their national groups, wherever they are kept. */
public interface ProgressReports {

    /** Stores a new report and its event in one write. */
    ProgressReport save(ProgressReport.Changed change);

    /** The reports to a national group, newest first: of one académie, or of all when {@code academy} is null. */
    List<ProgressReport> to(GroupId nationalGroup, String academy);
}
