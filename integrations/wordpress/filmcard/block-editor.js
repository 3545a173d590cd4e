/* The "Film card" block in the editor: the film's JSON or address and the card's options, kept in
 * the block's attributes, and a preview drawn by the card itself (the bundle is loaded in the
 * editor). The page readers see is rendered by the plugin's PHP. Plain JS, no build step. */
(function (wp, allowed) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var blockEditor = wp.blockEditor;
  var components = wp.components;

  // attributes.json's names (max-reviews) as the block's attribute keys (maxReviews).
  function key(name) {
    return name.replace(/-([a-z])/g, function (_, letter) {
      return letter.toUpperCase();
    });
  }

  function optionControl(name, props) {
    var spec = allowed[name];
    var value = props.attributes[key(name)] || '';
    var onChange = function (next) {
      var change = {};
      change[key(name)] = next;
      props.setAttributes(change);
    };
    if (Array.isArray(spec) && typeof spec[0] === 'string') {
      var options = [{ label: __('(default)', 'filmcard'), value: '' }].concat(
        spec.map(function (word) {
          return { label: word, value: word };
        })
      );
      return el(components.SelectControl, { key: name, label: name, value: value, options: options, onChange: onChange });
    }
    var number = Array.isArray(spec);
    return el(components.TextControl, {
      key: name,
      label: name,
      value: value,
      type: number ? 'number' : 'text',
      min: number ? spec[0] : undefined,
      max: number ? spec[1] : undefined,
      help: number ? spec[0] + '–' + spec[1] : __('a language tag, e.g. fr', 'filmcard'),
      onChange: onChange,
    });
  }

  function preview(attributes) {
    var hostAttributes = { key: JSON.stringify(attributes) };
    Object.keys(allowed).forEach(function (name) {
      if (attributes[key(name)]) hostAttributes[name] = attributes[key(name)];
    });
    if (attributes.src) hostAttributes.src = attributes.src;
    var children = attributes.json
      ? el('script', {
          type: 'application/json',
          dangerouslySetInnerHTML: { __html: attributes.json.replace(/</g, '\\u003c') },
        })
      : null;
    return el('film-card', hostAttributes, children);
  }

  function Edit(props) {
    var attributes = props.attributes;
    var showing = wp.element.useState(false);
    var blockProps = blockEditor.useBlockProps();
    var inspector = el(
      blockEditor.InspectorControls,
      null,
      el(
        components.PanelBody,
        { title: __('Card options', 'filmcard') },
        Object.keys(allowed).map(function (name) {
          return optionControl(name, props);
        })
      )
    );
    var form = el(
      'div',
      null,
      el(components.TextareaControl, {
        label: __("The film's JSON", 'filmcard'),
        value: attributes.json,
        rows: 8,
        onChange: function (json) {
          props.setAttributes({ json: json });
        },
      }),
      el(components.TextControl, {
        label: __("or the address of the film's JSON (src)", 'filmcard'),
        type: 'url',
        value: attributes.src,
        onChange: function (src) {
          props.setAttributes({ src: src });
        },
      })
    );
    return el(
      'div',
      blockProps,
      inspector,
      el(components.Button, { variant: 'secondary', onClick: function () { showing[1](!showing[0]); } },
        showing[0] ? __('Edit', 'filmcard') : __('Preview', 'filmcard')),
      showing[0] ? preview(attributes) : form
    );
  }

  wp.blocks.registerBlockType('filmcard/card', {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(window.wp, window.filmcardAttributes);
