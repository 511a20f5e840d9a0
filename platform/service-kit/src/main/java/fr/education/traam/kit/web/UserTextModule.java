package fr.education.traam.kit.web;

import tools.jackson.databind.module.SimpleModule;

/** Registers {@link UserTextDeserializer} for every string the service's JSON mapper reads. */
public class UserTextModule extends SimpleModule {

    public UserTextModule() {
        super("traam-user-text");
        addDeserializer(String.class, new UserTextDeserializer());
    }
}
