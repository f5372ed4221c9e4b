package dev.contactsapi.web;

/**
 * A body field as the client sent it. On an edit, a field left out is
 * {@linkplain #absent() absent} and keeps the stored value, while a field sent as
 * {@code null} clears it. On a create, every field counts as sent, a missing one as
 * {@code null}.
 *
 * <p>
 * Constraints on the type argument ({@code Sent<@Size(max = 100) String>}) apply to the
 * value of a sent field only; see {@link SentValueExtractor}.
 *
 * @param <T> the field's type
 * @param present whether the client sent the field
 * @param value the value sent; {@code null} when absent or sent as null
 */
public record Sent<T>(boolean present, T value) {

	private static final Sent<?> ABSENT = new Sent<>(false, null);

	@SuppressWarnings("unchecked")
	public static <T> Sent<T> absent() {
		return (Sent<T>) ABSENT;
	}

	public static <T> Sent<T> of(T value) {
		return new Sent<>(true, value);
	}

	/**
	 * The value sent, or {@code current} when the field was left out.
	 */
	public T or(T current) {
		return this.present ? this.value : current;
	}

}
