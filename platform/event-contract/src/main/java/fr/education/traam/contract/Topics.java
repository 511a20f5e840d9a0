package fr.education.traam.contract;

import java.util.List;

/** The topic catalogue: one topic per producing service. */
public final class Topics {

    public static final String CAMPAIGNS = "traam.campaigns";
    public static final String CANDIDATURES = "traam.candidatures";
    public static final String GROUPS = "traam.groups";
    public static final String PRODUCTIONS = "traam.productions";
    public static final String DISSEMINATION = "traam.dissemination";

    /** Partitions in deployments: the most consumer instances a consuming service can usefully run. */
    public static final int DEPLOYMENT_PARTITIONS = 6;

    public static final List<String> ALL = List.of(CAMPAIGNS, CANDIDATURES, GROUPS, PRODUCTIONS, DISSEMINATION);

    private Topics() {
    }
}
