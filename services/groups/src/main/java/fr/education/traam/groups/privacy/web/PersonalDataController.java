package fr.education.traam.groups.privacy.web;

import fr.education.traam.groups.person.PersonId;
import fr.education.traam.groups.privacy.application.ErasingPeople;
import fr.education.traam.groups.privacy.application.ExportingPersonalData;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.Unconditional;
import fr.education.traam.reference.people.EmailAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Spring MVC's own method validation (no {@code @Validated}), so that a violation names the parameter: {@code email}. */
@RestController
@RequestMapping("/api/groups/people")
@Tag(name = "Personal data", description = "The rights of access and erasure of the people in the working groups (GDPR); "
        + "see docs/personal-data.md")
class PersonalDataController {

    private static final String ENTITLED = "hasAnyRole('OPERATOR', 'DAN')";
    private static final String WHO = "An operator, or the DAN of an académie in whose academic group the person sits or sat; "
            + "403 not-entitled for another DAN, 403 forbidden for any other role. ";

    private final ExportingPersonalData exporting;
    private final ErasingPeople erasing;

    PersonalDataController(ExportingPersonalData exporting, ErasingPeople erasing) {
        this.exporting = exporting;
        this.erasing = erasing;
    }

    @GetMapping("/{memberId}")
    @PreAuthorize(ENTITLED)
    @Operation(summary = "Everything the service holds on a person, by member id (right of access)",
            description = WHO + "404 person-not-found for an id no one has.", security = @SecurityRequirement(name = "bearer"))
    PersonalDataView byMemberId(@PathVariable String memberId, @Parameter(hidden = true) Caller caller) {
        return PersonalDataView.of(exporting.of(new PersonId(memberId), caller));
    }

    @GetMapping
    @PreAuthorize(ENTITLED)
    @Operation(summary = "Everything the service holds on a person, found by professional address (right of access)",
            description = WHO + "404 person-not-found for an address no one has here (an erased person's is forgotten).",
            security = @SecurityRequirement(name = "bearer"))
    PersonalDataView byEmail(@RequestParam @NotBlank @Size(max = 254)
                             @Pattern(regexp = EmailAddress.PATTERN, message = "must be an e-mail address") String email,
                             @Parameter(hidden = true) Caller caller) {
        return PersonalDataView.of(exporting.withEmail(new EmailAddress(email), caller));
    }

    @PostMapping("/{memberId}/erasure")
    @Unconditional("erasure is a right exercised whatever version was read, and erasing again changes nothing")
    @PreAuthorize(ENTITLED)
    @Operation(summary = "Erase a person (right to erasure)",
            description = WHO + "The person leaves every open group they sit in (MemberLeft, and GroupCompositionChanged when "
                    + "the verdict moves, on traam.groups), then is pseudonymised: named \"Personne effacée\", their address and "
                    + "identity subject forgotten. Closed groups keep the member id for their history. Answers what is left "
                    + "of the person; erasing an erased person changes nothing. 404 person-not-found.",
            security = @SecurityRequirement(name = "bearer"))
    PersonalDataView erase(@PathVariable String memberId, @Parameter(hidden = true) Caller caller) {
        return PersonalDataView.of(erasing.erase(new PersonId(memberId), caller));
    }
}
