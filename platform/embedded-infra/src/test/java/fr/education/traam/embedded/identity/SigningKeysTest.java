package fr.education.traam.embedded.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @Test
    void keys_created_in_a_directory_are_loaded_again_from_it(@TempDir Path root) throws Exception {
        Path directory = root.resolve("identity");

        SigningKeys created = SigningKeys.loadOrCreate(directory);
        SigningKeys loaded = SigningKeys.loadOrCreate(directory);

        assertThat(loaded.publicKey()).isEqualTo(created.publicKey());
        assertThat(loaded.privateKey()).isEqualTo(created.privateKey());
        assertThat(created.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(Files.readString(directory.resolve("jwt-public.pem"))).isEqualTo(created.publicKeyPem());
        assertThat(Files.readString(directory.resolve("jwt-private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("jwt-private.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_missing_public_key_file_is_derived_from_the_private_key(@TempDir Path directory) throws Exception {
        SigningKeys created = SigningKeys.loadOrCreate(directory);
        Files.delete(directory.resolve("jwt-public.pem"));

        SigningKeys loaded = SigningKeys.loadOrCreate(directory);

        assertThat(loaded.publicKey()).isEqualTo(created.publicKey());
        assertThat(directory.resolve("jwt-public.pem")).exists();
    }

    @Test
    void the_public_key_pem_is_an_x509_block() {
        assertThat(SigningKeys.generate().publicKeyPem())
                .startsWith("-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
    }

    @Test
    void the_key_id_is_the_rfc_7638_thumbprint_of_the_public_key(@TempDir Path directory) throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(directory);

        // RFC 7638 §3: SHA-256 of the required members in lexicographic order, no whitespace, base64url unpadded.
        String members = "{\"e\":\"" + base64url(keys.publicKey().getPublicExponent())
                + "\",\"kty\":\"RSA\",\"n\":\"" + base64url(keys.publicKey().getModulus()) + "\"}";
        String thumbprint = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8)));

        assertThat(keys.keyId()).isEqualTo(thumbprint);
        assertThat(SigningKeys.loadOrCreate(directory).keyId()).as("stable across loads").isEqualTo(thumbprint);
        assertThat(SigningKeys.generate().keyId()).as("another key, another id").isNotEqualTo(thumbprint);
    }

    // RFC 7518 §6.3.1: the unsigned big-endian bytes, without the sign byte BigInteger may add.
    private static String base64url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
