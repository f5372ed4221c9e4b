package dev.contactsapi.company;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import dev.contactsapi.search.SearchText;
import dev.contactsapi.web.Timestamps;

/**
 * What every record of a company has: the company it belongs to, the normalized text it
 * is searched by, and its timestamps, with the rule that {@code updatedAt} moves forward
 * only when a value actually changes.
 *
 * @param <D> the record's editable fields, a value with {@code equals}
 */
@MappedSuperclass
public abstract class CompanyRecord<D> {

	@Column(name = "company_id", nullable = false, updatable = false)
	private long companyId;

	@Column(name = "search_text", nullable = false)
	private String searchText;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CompanyRecord() {
	}

	protected CompanyRecord(long companyId, Instant now) {
		this.companyId = companyId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Takes the new field values; {@code updatedAt} moves forward only if one of them
	 * differs.
	 * @return whether anything changed
	 */
	public boolean update(D next, Clock clock) {
		if (next.equals(details())) {
			return false;
		}
		assign(next);
		this.updatedAt = Timestamps.after(this.updatedAt, clock);
		return true;
	}

	/**
	 * The editable fields as they stand.
	 */
	protected abstract D details();

	/**
	 * Takes the field values, refusing a state that must never be stored, and sets the
	 * search text with {@link #searchBy(String...)}.
	 */
	protected abstract void assign(D details);

	/**
	 * Makes the record findable by these fields' text; {@code null} fields are skipped.
	 */
	protected void searchBy(String... fields) {
		this.searchText = SearchText.of(fields);
	}

	protected Instant getCreatedAt() {
		return this.createdAt;
	}

	protected Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
