package dev.contactsapi.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The clients of all companies; every query names the company.
 */
interface ClientRepository extends JpaRepository<Client, Long>, JpaSpecificationExecutor<Client> {

	Optional<Client> findByCompanyIdAndVisibleId(long companyId, long visibleId);

}
