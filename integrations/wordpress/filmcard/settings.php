<?php
/**
 * Settings → Filmcard: the bundle's address and whether posts get the film's JSON-LD, and the
 * notice when no bundle can load.
 *
 * @package Filmcard
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'admin_menu', 'filmcard_admin_menu' );
add_action( 'admin_init', 'filmcard_admin_init' );
add_action( 'admin_notices', 'filmcard_admin_notice' );

/** Settings → Filmcard. */
function filmcard_admin_menu() {
	add_options_page( 'Filmcard', 'Filmcard', 'manage_options', 'filmcard', 'filmcard_settings_page' );
}

/** The settings: the bundle's URL, and whether posts get the film's JSON-LD. */
function filmcard_admin_init() {
	register_setting(
		'filmcard',
		FILMCARD_JSON_LD_OPTION,
		array(
			'type'              => 'string',
			'default'           => '1',
			'sanitize_callback' => function ( $on ) {
				return empty( $on ) ? '0' : '1';
			},
		)
	);
	register_setting(
		'filmcard',
		FILMCARD_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => function ( $url ) {
				return esc_url_raw( trim( (string) $url ), array( 'http', 'https' ) );
			},
		)
	);
	add_settings_section( 'filmcard_bundle', '', '__return_false', 'filmcard' );
	add_settings_field(
		FILMCARD_OPTION,
		__( 'Bundle URL', 'filmcard' ),
		function () {
			printf(
				'<input type="url" class="regular-text code" name="%1$s" id="%1$s" value="%2$s" placeholder="%3$s"><p class="description">%4$s</p>',
				esc_attr( FILMCARD_OPTION ),
				esc_attr( get_option( FILMCARD_OPTION, '' ) ),
				esc_attr( plugins_url( 'bundle/filmcard.js', __FILE__ ) ),
				esc_html__( 'The address of filmcard.js on your CDN (with filmcard-core.js, filmcard-core_bg.wasm, filmcard-extra.js, filmcard-extra_bg.wasm, filmcard-player.js and filmcard.css beside it, served with CORS). Empty: the copy inside this plugin.', 'filmcard' )
			);
		},
		'filmcard',
		'filmcard_bundle',
		array( 'label_for' => FILMCARD_OPTION )
	);
	add_settings_field(
		FILMCARD_JSON_LD_OPTION,
		__( 'JSON-LD for search engines', 'filmcard' ),
		function () {
			printf(
				'<label><input type="checkbox" name="%1$s" id="%1$s" value="1"%2$s> %3$s</label><p class="description">%4$s</p>',
				esc_attr( FILMCARD_JSON_LD_OPTION ),
				checked( '0' !== (string) get_option( FILMCARD_JSON_LD_OPTION, '1' ), true, false ),
				esc_html__( 'Write the film as schema.org JSON-LD in the head of posts with a Film card block', 'filmcard' ),
				esc_html__( 'Search engines read it for review stars and the film\'s details. Turn it off if an SEO plugin already writes a Movie for these posts.', 'filmcard' )
			);
		},
		'filmcard',
		'filmcard_bundle'
	);
}

/** The settings page. */
function filmcard_settings_page() {
	echo '<div class="wrap"><h1>Filmcard</h1><form method="post" action="options.php">';
	settings_fields( 'filmcard' );
	do_settings_sections( 'filmcard' );
	submit_button();
	echo '</form></div>';
}

/** Tells administrators when no bundle can load (the plugin's folder copied without it). */
function filmcard_admin_notice() {
	if ( current_user_can( 'manage_options' ) && ! filmcard_has_bundle() ) {
		printf(
			'<div class="notice notice-warning"><p>%s</p></div>',
			esc_html__( 'Filmcard: this copy of the plugin holds no bundle, so readers see no card. Install the plugin from the zip that `make dist` writes, or set the bundle\'s URL in Settings → Filmcard.', 'filmcard' )
		);
	}
}
