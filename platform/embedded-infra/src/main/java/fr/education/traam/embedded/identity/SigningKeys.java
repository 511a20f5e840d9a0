package fr.education.traam.embedded.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * RSA key pair that signs the platform's local JWTs. PEM files: {@code jwt-private.pem} (PKCS#8) and
 * {@code jwt-public.pem} (X.509 SubjectPublicKeyInfo), the formats Spring Security reads. The local identity provider
 * publishes the public key in its JWK set under {@link #keyId()}, and {@code ./traam token} signs with the same pair.
 */
public final class SigningKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private static final int KEY_SIZE = 2048;
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private final RSAPublicKey publicKey;
    private final RSAPrivateKey privateKey;

    private SigningKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /**
     * Reads the pair from {@code directory}, or creates the directory and a new 2048-bit pair when there is no
     * private key yet. The private key file is readable by its owner only where the file system allows it.
     */
    public static SigningKeys loadOrCreate(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        try {
            if (Files.exists(privateFile)) {
                RSAPrivateKey privateKey = readPrivateKey(Files.readString(privateFile, StandardCharsets.US_ASCII));
                SigningKeys keys = new SigningKeys(publicKeyOf(privateKey, publicFile), privateKey);
                if (!Files.exists(publicFile)) {
                    keys.writePublicKeyTo(publicFile);
                }
                return keys;
            }
            Files.createDirectories(directory);
            SigningKeys keys = generate();
            writePrivate(privateFile, pem(PRIVATE_LABEL, keys.privateKey.getEncoded()));
            keys.writePublicKeyTo(publicFile);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load or create signing keys in " + directory, e);
        }
    }

    /** A new 2048-bit pair that lives in memory only. */
    public static SigningKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKeys((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    /**
     * The key's id, its RFC 7638 SHA-256 thumbprint in base64url: what the identity provider's JWK set names it and
     * what every token signed with it carries as {@code kid}. Derived from the public key alone, so the provider and
     * {@code ./traam token} agree on it without sharing anything but the key.
     */
    public String keyId() {
        try {
            return new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the key thumbprint", e);
        }
    }

    /** The public key as an X.509 SubjectPublicKeyInfo PEM block. */
    public String publicKeyPem() {
        return pem(PUBLIC_LABEL, publicKey.getEncoded());
    }

    /** Writes {@link #publicKeyPem()} to {@code file}, creating its directory, and returns the file. */
    public Path writePublicKeyTo(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.writeString(file, publicKeyPem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the public key to " + file, e);
        }
    }

    private static RSAPublicKey publicKeyOf(RSAPrivateKey privateKey, Path publicFile) throws IOException {
        if (Files.exists(publicFile)) {
            return readPublicKey(Files.readString(publicFile, StandardCharsets.US_ASCII));
        }
        if (privateKey instanceof RSAPrivateCrtKey crt) {
            return derivePublicKey(crt.getModulus(), crt.getPublicExponent());
        }
        throw new IllegalStateException(publicFile + " is missing and cannot be derived from the private key");
    }

    private static void writePrivate(Path file, String pem) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
        }
    }

    private static RSAPrivateKey readPrivateKey(String pem) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der(pem, PRIVATE_LABEL)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a PKCS#8 RSA private key", e);
        }
    }

    private static RSAPublicKey readPublicKey(String pem) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(der(pem, PUBLIC_LABEL)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an X.509 RSA public key", e);
        }
    }

    private static RSAPublicKey derivePublicKey(BigInteger modulus, BigInteger exponent) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the public key", e);
        }
    }

    private static byte[] der(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Expected a PEM block labelled " + label);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
