package fr.education.traam.groups.group.web;

import fr.education.traam.contract.groups.MemberRole;
import fr.education.traam.groups.group.application.NewMember;
import fr.education.traam.reference.people.EmailAddress;
import fr.education.traam.reference.people.InspectorCorps;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What those responsible send to put someone in a group. */
final class MemberRequests {

    private MemberRequests() {
    }

    @Schema(description = "A member: name, professional address (an académie's or the ministry's), role; an inspector's "
            + "corps; for a referent of a national group, the académie they represent (ministry code).")
    record MemberBody(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 254) @Pattern(regexp = EmailAddress.PATTERN, message = "must be an e-mail address") String email,
            @NotNull MemberRole role,
            InspectorCorps corps,
            @Pattern(regexp = "[0-9]{2}", message = "must be a ministry code of two digits, e.g. 10") String academy) {

        NewMember toMember() {
            return new NewMember(name, email, role, corps, academy);
        }
    }
}
