package fr.education.traam.reference.people;

/**
 * The corps of the inspector piloting an academic group: regional discipline inspector (secondary),
 * vocational inspector (technical or general subjects), or primary district inspector.
 */
public enum InspectorCorps {
    IA_IPR,
    IEN_ET,
    IEN_EG,
    IEN_PREMIER_DEGRE
}
