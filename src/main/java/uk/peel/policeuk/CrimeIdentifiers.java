package uk.peel.policeuk;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.crime.CrimeId;

/**
 * data.police.uk Crime IDs: 64 hexadecimal characters, as data.police.uk's own are, made by HMAC-SHA256 of the
 * crime's internal id under a secret the force keeps in its database (decision 0014). The same crime has the same
 * ID in every month's files, so the street and outcomes files join; without the key nobody can go from a crime
 * reference to its ID, which a plain hash of the reference (a short, guessable sequence) would allow.
 */
@Component
class CrimeIdentifiers {

    private final JdbcClient jdbc;

    CrimeIdentifiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A function from crime to published ID, with the key read (or made, the first time) once. */
    @Transactional
    java.util.function.Function<CrimeId, String> hasher() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into police_uk_key (id, key) values (1, :key) on conflict (id) do nothing").param("key", fresh).update();
        byte[] key = jdbc.sql("select key from police_uk_key where id = 1").query(byte[].class).single();
        return crime -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(crime.value().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        };
    }
}
