package fr.education.traam.local;

/** Stand-in for a component that fails at startup, as one with a bad configuration does. */
public final class CrashingComponent {

    private CrashingComponent() {
    }

    public static void main(String[] args) {
        System.err.println("boom: no bean of type CampaignRepository");
        System.exit(3);
    }
}
