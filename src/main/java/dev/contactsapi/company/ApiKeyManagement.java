package dev.contactsapi.company;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What owners do with their company's keys: list, create and revoke them. A company
 * always keeps at least one valid owner key, so that someone can still manage its keys.
 */
@Service
class ApiKeyManagement {

	private static final Logger logger = LoggerFactory.getLogger(ApiKeyManagement.class);

	private final ApiKeyStore keys;

	private final ApplicationEventPublisher events;

	ApiKeyManagement(ApiKeyStore keys, ApplicationEventPublisher events) {
		this.keys = keys;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<ApiKeyView> list(long companyId) {
		return this.keys.list(companyId).stream().map(ApiKeyView::of).toList();
	}

	/**
	 * @throws ApiKeyNotFound when the company has no key with this id
	 */
	@Transactional(readOnly = true)
	ApiKeyView get(long companyId, long id) {
		return this.keys.find(companyId, id).map(ApiKeyView::of).orElseThrow(ApiKeyNotFound::new);
	}

	/**
	 * Creates a key with a fresh random secret, returned this once; only its hash is
	 * stored.
	 */
	@Transactional
	NewApiKey create(long companyId, ApiKeyForm form) {
		String secret = ApiKeySecret.generate();
		ApiKeyStore.KeyRecord created = this.keys.add(companyId, form.name().value(),
				Role.fromName(form.role().value()), secret);
		logger.info("Company {} created {} key {} ({}...)", companyId, created.role().wireName(), created.id(),
				created.prefix());
		return new NewApiKey(ApiKeyView.of(created), secret);
	}

	/**
	 * Revokes the key; revoking a revoked key changes nothing. The company's valid owner
	 * keys are locked first, so two revocations racing for a company's last two owner
	 * keys cannot both succeed.
	 * @return the key as now stored
	 * @throws ApiKeyNotFound when the company has no key with this id
	 * @throws LastOwnerKey when it is the company's last valid owner key
	 */
	@Transactional
	ApiKeyView revoke(long companyId, long id) {
		ApiKeyStore.KeyRecord key = this.keys.find(companyId, id).orElseThrow(ApiKeyNotFound::new);
		if (key.revokedAt() != null) {
			return ApiKeyView.of(key);
		}
		if (key.role() == Role.OWNER) {
			List<Long> owners = this.keys.lockActiveOwnerKeys(companyId);
			if (owners.contains(id) && owners.size() == 1) {
				throw new LastOwnerKey();
			}
		}
		this.keys.revoke(companyId, id);
		this.events.publishEvent(new ApiKeyRevoked(id));
		logger.info("Company {} revoked key {} ({}...)", companyId, id, key.prefix());
		return this.keys.find(companyId, id).map(ApiKeyView::of).orElseThrow(ApiKeyNotFound::new);
	}

}
