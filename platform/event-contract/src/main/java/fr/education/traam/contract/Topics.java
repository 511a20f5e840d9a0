package fr.education.traam.contract;

import java.util.List;

/**
 * The topic catalogue: one public topic per producing service, which every académie's system may read, and the
 * restricted topics that only named consumers may read.
 */
public final class Topics {

    public static final String CAMPAIGNS = "traam.campaigns";
    public static final String CANDIDATURES = "traam.candidatures";
    /** The selected académies' teams, for the groups service only (ADR 22). */
    public static final String CANDIDATURE_TEAMS = "traam.candidatures.teams";
    public static final String GROUPS = "traam.groups";
    /** How the groups' members are recognised when they sign in, for the productions service only (ADR 24). */
    public static final String GROUP_PEOPLE = "traam.groups.people";
    public static final String PRODUCTIONS = "traam.productions";
    public static final String DISSEMINATION = "traam.dissemination";

    /** Partitions in deployments: the most consumer instances a consuming service can usefully run. */
    public static final int DEPLOYMENT_PARTITIONS = 6;

    public static final List<String> ALL = List.of(CAMPAIGNS, CANDIDATURES, CANDIDATURE_TEAMS, GROUPS, GROUP_PEOPLE, PRODUCTIONS,
            DISSEMINATION);

    /**
     * The topics only named consumers may read, by the ACLs of a deployment (docs/deployment.md): personal data lives
     * only there, never on a public topic (ADR 22).
     */
    public static final List<String> RESTRICTED = List.of(CANDIDATURE_TEAMS, GROUP_PEOPLE);

    private Topics() {
    }
}
