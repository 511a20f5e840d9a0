package fr.education.traam.embedded.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
