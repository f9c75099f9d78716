package com.ayurlahi.products;

/**
 * How a medicine is taken, in the names Ayurvedic pharmacies use.
 */
public enum DosageForm {

	CHURNA("Churna (powder)"), GULIKA("Gulika / vati (tablet)"), CAPSULE("Capsule"), ARISHTAM("Arishtam / asavam"),
	KASHAYAM("Kashayam (decoction)"), LEHYAM("Lehyam / avaleha"), GHRITAM("Ghritam (medicated ghee)"),
	TAILAM("Tailam (oil)"), BHASMA("Bhasma"), SYRUP("Syrup"), OINTMENT("Ointment / cream"), OTHER("Other");

	private final String label;

	DosageForm(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
