<?php
/**
 * Sets the plugin's option, uninstalls the plugin as Plugins → Delete does, and prints what is
 * left: the option (false when gone), the blog's name and how many posts are published.
 *
 * @package Filmcard
 */

require __DIR__ . '/boot.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

update_option( 'filmcard_bundle_url', 'https://cdn.example/filmcard/filmcard.js' );
$filmcard_before = get_option( 'filmcard_bundle_url' );
$filmcard_json_ld = get_option( 'filmcard_json_ld' );
$filmcard_posts  = (int) wp_count_posts()->publish;
uninstall_plugin( 'filmcard/filmcard.php' );
wp_cache_delete( 'alloptions', 'options' );
echo wp_json_encode(
	array(
		'before'   => $filmcard_before,
		'after'    => get_option( 'filmcard_bundle_url' ),
		'jsonLdBefore' => $filmcard_json_ld,
		'jsonLdAfter'  => get_option( 'filmcard_json_ld' ),
		'blogname' => get_option( 'blogname' ),
		'posts'       => (int) wp_count_posts()->publish,
		'postsBefore' => $filmcard_posts,
	)
);
