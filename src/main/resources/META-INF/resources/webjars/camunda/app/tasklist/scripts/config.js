/*
 * Årshjul: this file replaces Camunda's own config.js of this web application (Camunda 7.24, Apache License 2.0,
 * copyright Camunda Services GmbH). Danish is the only language offered, whatever the browser's language (there is
 * no language switch in the web applications, and the forms are Danish), dates are written dd.mm.åååå, and the
 * header names the product Årshjul. The keyboard shortcuts' descriptions are Danish;
 * everything else is as Camunda ships it.
 */

export default {
  app: {
    name: 'Tasklist',
    vendor: 'Årshjul'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd [d.] DD.MM.YYYY [kl.] HH:mm',
    short: 'DD.MM.YYYY'
  },
  locales: {
    availableLocales: ['da'],
    fallbackLocale: 'da'
  },
  // Tasklist without hidden steps: see scripts/aarshjul/*.js
  customScripts: ['scripts/aarshjul/task-steps', 'scripts/aarshjul-link'],

  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tager den valgte opgave'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'går til det første filter på listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'går til den første opgave på listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'går til det første felt i opgavens formular'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åbner vinduet Start proces'
    }
  }
};
