package dev.contactsapi.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The clients of all companies; every query names the company.
 */
interface ClientRepository extends JpaRepository<Client, Long> {

	Optional<Client> findByCompanyIdAndVisibleId(long companyId, long visibleId);

	boolean existsByCompanyIdAndVisibleId(long companyId, long visibleId);

}
