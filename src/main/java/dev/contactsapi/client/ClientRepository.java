package dev.contactsapi.client;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The clients of all companies; every query names the company.
 */
interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

	Optional<Client> findByCompanyIdAndVisibleId(long companyId, long visibleId);

	/**
	 * The client, locked until the transaction ends, so that concurrent edits of it take
	 * turns: each sees what the one before it committed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Client c where c.companyId = :companyId and c.visibleId = :visibleId")
	Optional<Client> lockByCompanyIdAndVisibleId(long companyId, long visibleId);

}
