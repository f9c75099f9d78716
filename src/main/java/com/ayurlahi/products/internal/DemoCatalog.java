package com.ayurlahi.products.internal;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.ayurlahi.products.CatalogQuery;
import com.ayurlahi.products.DosageForm;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductDetails;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * The dev profile's demo catalog: twenty classical and proprietary Ayurvedic products
 * from each approved demo manufacturer (Sahyadri in Maharashtra, Vaidya Herbal in
 * Kerala), at 5% GST with HSN 30049011, a few with a minimum order, low or no stock, or
 * the medical-supervision caution. Fictional prices and stock.
 */
@Component
@ConditionalOnBooleanProperty("ayurlahi.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoCatalog implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private static final String HSN = "30049011";

	private final ProductCatalog catalog;

	private final ProductListing listing;

	private final UserManagement users;

	DemoCatalog(ProductCatalog catalog, ProductListing listing, UserManagement users) {
		this.catalog = catalog;
		this.listing = listing;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		create("maker@demo.ayurlahi.in", List.of(
				p("Ashwagandha Churna", "SAP-ASH-100", "100 g", DosageForm.CHURNA, "Withania somnifera (root) 100%",
						"95.00", "120.00", 1, 240, false),
				p("Triphala Churna", "SAP-TRI-100", "100 g", DosageForm.CHURNA,
						"Terminalia chebula, Terminalia bellirica, Emblica officinalis (fruit) in equal parts", "70.00",
						"90.00", 1, 320, false),
				p("Avipattikar Churna", "SAP-AVI-100", "100 g", DosageForm.CHURNA,
						"Trikatu, Triphala, Trivrit, Lavanga, sugar", "85.00", "110.00", 1, 150, false),
				p("Hingvashtak Churna", "SAP-HIN-050", "50 g", DosageForm.CHURNA,
						"Ferula asafoetida, Trikatu, Ajamoda, Saindhava lavana", "60.00", "80.00", 1, 90, false),
				p("Sitopaladi Churna", "SAP-SIT-050", "50 g", DosageForm.CHURNA,
						"Mishri, Vamsharochana, Pippali, Ela, Twak", "75.00", "95.00", 1, 130, false),
				p("Dashamoolarishta", "SAP-DAS-450", "450 ml", DosageForm.ARISHTAM,
						"Dashamoola (ten roots), Dhataki pushpa, jaggery", "145.00", "185.00", 2, 120, false),
				p("Ashokarishta", "SAP-ASK-450", "450 ml", DosageForm.ARISHTAM,
						"Saraca asoca (bark), Dhataki pushpa, jaggery", "140.00", "180.00", 2, 110, false),
				p("Arjunarishta", "SAP-ARJ-450", "450 ml", DosageForm.ARISHTAM,
						"Terminalia arjuna (bark), Madhuka, Draksha", "150.00", "190.00", 2, 80, false),
				p("Kumaryasava", "SAP-KUM-450", "450 ml", DosageForm.ARISHTAM,
						"Aloe barbadensis (leaf juice), jaggery, Dhataki pushpa", "135.00", "170.00", 2, 60, false),
				p("Chandraprabha Vati", "SAP-CHA-060", "60 tablets", DosageForm.GULIKA,
						"Shilajit, Guggulu, Karpura, Vacha, Musta", "110.00", "140.00", 1, 200, false),
				p("Arogyavardhini Vati", "SAP-ARO-060", "60 tablets", DosageForm.GULIKA,
						"Shuddha Parada, Gandhaka, Loha bhasma, Katuki", "120.00", "155.00", 1, 75, true),
				p("Kaishore Guggulu", "SAP-KAI-060", "60 tablets", DosageForm.GULIKA,
						"Guggulu, Triphala, Guduchi, Trikatu", "125.00", "160.00", 1, 140, false),
				p("Yogaraj Guggulu", "SAP-YOG-060", "60 tablets", DosageForm.GULIKA,
						"Guggulu, Chitraka, Pippalimula, Ajwain", "130.00", "165.00", 1, 95, false),
				p("Brahmi Vati", "SAP-BRA-030", "30 tablets", DosageForm.GULIKA,
						"Bacopa monnieri, Shankhapushpi, Swarna makshika bhasma", "180.00", "230.00", 1, 45, true),
				p("Chyawanprash", "SAP-CHY-500", "500 g", DosageForm.LEHYAM,
						"Emblica officinalis pulp, Dashamoola, ghee, honey and 40 herbs", "210.00", "270.00", 1, 160,
						false),
				p("Kutajghan Vati", "SAP-KUT-060", "60 tablets", DosageForm.GULIKA,
						"Holarrhena antidysenterica (bark) extract", "95.00", "120.00", 1, 110, false),
				p("Mahanarayan Tailam", "SAP-MAH-100", "100 ml", DosageForm.TAILAM,
						"Bilva, Ashwagandha, Bala, Dashamoola in sesame oil", "160.00", "200.00", 1, 85, false),
				p("Shatavari Capsules", "SAP-SHA-060", "60 capsules", DosageForm.CAPSULE,
						"Asparagus racemosus (root) extract 500 mg", "190.00", "240.00", 1, 70, false),
				p("Giloy Ghan Capsules", "SAP-GIL-060", "60 capsules", DosageForm.CAPSULE,
						"Tinospora cordifolia (stem) extract 500 mg", "150.00", "190.00", 1, 180, false),
				p("Sudarshan Ghan Vati", "SAP-SUD-060", "60 tablets", DosageForm.GULIKA,
						"Sudarshan churna extract (Chirayata and 47 herbs)", "100.00", "130.00", 1, 4, false)));
		create("kerala.maker@demo.ayurlahi.in", List.of(
				p("Dhanwantharam Tailam", "VHF-DHT-200", "200 ml", DosageForm.TAILAM,
						"Bala root decoction, Dashamoola, cow's milk, sesame oil", "190.00", "240.00", 1, 150, false),
				p("Ksheerabala Tailam (101 Avarthi)", "VHF-KSB-010", "10 ml", DosageForm.TAILAM,
						"Sida cordifolia, cow's milk, sesame oil, processed 101 times", "250.00", "320.00", 1, 60,
						false),
				p("Pinda Tailam", "VHF-PIN-200", "200 ml", DosageForm.TAILAM,
						"Manjishtha, Sarjarasa, Sariva, beeswax, sesame oil", "170.00", "215.00", 1, 90, false),
				p("Murivenna", "VHF-MUR-200", "200 ml", DosageForm.TAILAM,
						"Karanja, Shigru, Aloe vera, Shatavari in coconut oil", "160.00", "205.00", 1, 100, false),
				p("Kottamchukkadi Tailam", "VHF-KOT-200", "200 ml", DosageForm.TAILAM,
						"Kushta, Shunthi, Vacha, Lashuna in sesame oil", "175.00", "220.00", 1, 70, false),
				p("Indukantham Kashayam", "VHF-IND-200", "200 ml", DosageForm.KASHAYAM,
						"Putikaranja, Devadaru, Dashamoola, Shunthi", "95.00", "120.00", 6, 240, false),
				p("Maharasnadi Kashayam", "VHF-MRA-200", "200 ml", DosageForm.KASHAYAM,
						"Rasna, Bala, Eranda, Devadaru and 21 herbs", "105.00", "135.00", 6, 180, false),
				p("Guggulutiktakam Kashayam", "VHF-GUG-200", "200 ml", DosageForm.KASHAYAM,
						"Nimba, Guduchi, Vasa, Patola, Guggulu", "110.00", "140.00", 6, 150, false),
				p("Varanadi Kashayam", "VHF-VAR-200", "200 ml", DosageForm.KASHAYAM,
						"Varuna, Shatavari, Chitraka, Bilva", "100.00", "128.00", 6, 120, false),
				p("Dhanwantharam Gulika", "VHF-DHG-100", "100 tablets", DosageForm.GULIKA,
						"Trikatu, Jeeraka, Hingu, Ajamoda", "85.00", "110.00", 1, 200, false),
				p("Gorochanadi Gulika", "VHF-GOR-100", "100 tablets", DosageForm.GULIKA,
						"Gorochana, Kasturi, Karpura, Jatiphala", "230.00", "290.00", 1, 40, true),
				p("Vilwadi Gulika", "VHF-VIL-100", "100 tablets", DosageForm.GULIKA,
						"Bilva, Tulasi, Karanja, Haridra, Trikatu", "120.00", "155.00", 1, 130, false),
				p("Agasthya Rasayanam", "VHF-AGA-250", "250 g", DosageForm.LEHYAM,
						"Haritaki, Dashamoola, Pippali, honey, ghee", "180.00", "230.00", 1, 110, false),
				p("Dasamoolarishtam", "VHF-DAS-450", "450 ml", DosageForm.ARISHTAM,
						"Dashamoola, Chitraka, Pushkaramoola, jaggery", "150.00", "190.00", 2, 140, false),
				p("Jeerakarishtam", "VHF-JEE-450", "450 ml", DosageForm.ARISHTAM,
						"Jeeraka, Dhataki, Shunthi, Jatiphala, jaggery", "130.00", "165.00", 2, 100, false),
				p("Pippalyasavam", "VHF-PIP-450", "450 ml", DosageForm.ARISHTAM,
						"Pippali, Maricha, Haridra, Chitraka, jaggery", "145.00", "185.00", 2, 90, false),
				p("Balarishtam", "VHF-BAL-450", "450 ml", DosageForm.ARISHTAM,
						"Bala, Ashwagandha, Eranda, Rasna, jaggery", "135.00", "175.00", 2, 85, false),
				p("Indukantham Ghritam", "VHF-IGH-150", "150 g", DosageForm.GHRITAM,
						"Putikaranja, Devadaru, Dashamoola in cow's ghee", "260.00", "330.00", 1, 55, false),
				p("Kalyanaka Ghritam", "VHF-KGH-150", "150 g", DosageForm.GHRITAM,
						"Triphala, Haridra, Vidanga, Devadaru in cow's ghee", "270.00", "340.00", 1, 3, false),
				p("Nalpamaradi Kera Tailam", "VHF-NAL-100", "100 ml", DosageForm.TAILAM,
						"Nalpamara barks, Haridra, Amalaki in coconut oil", "140.00", "180.00", 1, 0, false)));
	}

	private void create(String ownerEmail, List<DemoProduct> products) {
		AuthenticatedUser owner = AuthenticatedUser.actingAs(users.findByEmail(ownerEmail).orElseThrow());
		if (catalog.search(CatalogQuery.all(), owner, PageRequest.of(0, 1)).getTotalElements() > 0) {
			return;
		}
		products.forEach(product -> listing.create(owner, product.details(), product.stock()));
		log.info("Created {} demo products of {}", products.size(), ownerEmail);
	}

	private static DemoProduct p(String name, String sku, String packSize, DosageForm form, String composition,
			String unitPrice, String mrp, int minOrder, int stock, boolean medicalSupervision) {
		return new DemoProduct(new ProductDetails(name, sku, HSN, new BigDecimal("5"), new BigDecimal(unitPrice),
				new BigDecimal(mrp), packSize, form, composition, null, minOrder, medicalSupervision), stock);
	}

	private record DemoProduct(ProductDetails details, int stock) {
	}

}
