package dev.contactsapi.company;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret text of an API key: {@code glnc_sk_} followed by at least 32 URL-safe
 * characters. Only its SHA-256 hash is stored; a fast hash is enough because the secret
 * itself carries 256 random bits.
 */
public final class ApiKeySecret {

	public static final String PREFIX = "glnc_sk_";

	/** How many leading characters identify a key in listings without revealing it. */
	public static final int VISIBLE_PREFIX_LENGTH = 12;

	private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{32,200}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeySecret() {
	}

	/**
	 * A new random key.
	 */
	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Whether the text has the shape of a key; one that has not cannot be valid.
	 */
	public static boolean isWellFormed(String key) {
		return key != null && FORMAT.matcher(key).matches();
	}

	/**
	 * The hex SHA-256 of the key, as stored.
	 */
	public static String hash(String key) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

	/**
	 * The part of a key that may be shown and logged.
	 */
	public static String visiblePrefix(String key) {
		return key.substring(0, Math.min(VISIBLE_PREFIX_LENGTH, key.length()));
	}

}
