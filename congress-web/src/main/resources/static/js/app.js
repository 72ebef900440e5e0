// Small, page-independent behaviour. No inline scripts anywhere (the CSP forbids them).
(function () {
    'use strict';

    // htmx requests carry the CSRF token like forms do.
    document.addEventListener('htmx:configRequest', function (e) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            e.detail.headers[header.content] = token.content;
        }
    });

    // Confirm destructive actions: <button data-confirm="确定吗？">.
    document.addEventListener('click', function (e) {
        var el = e.target.closest('[data-confirm]');
        if (el && !window.confirm(el.getAttribute('data-confirm'))) {
            e.preventDefault();
            e.stopImmediatePropagation();
        }
    }, true);

    // A second click on a submit button does nothing: the first submission is under way.
    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (form.dataset.submitted === 'true') {
            e.preventDefault();
            return;
        }
        form.dataset.submitted = 'true';
        form.querySelectorAll('button[type="submit"]').forEach(function (b) {
            b.classList.add('disabled');
            b.setAttribute('aria-disabled', 'true');
        });
        // Back navigation restores the page from cache: let the form work again then.
        window.addEventListener('pageshow', function () {
            form.dataset.submitted = 'false';
            form.querySelectorAll('button[type="submit"]').forEach(function (b) {
                b.classList.remove('disabled');
                b.removeAttribute('aria-disabled');
            });
        }, {once: true});
    });

    // Charts: <div class="chart" data-chart="bar|pie|stacked|line" data-labels="a|b" data-values="1|2" data-series="名称">.
    function split(s) { return s ? s.split('|') : []; }
    function numbers(s) { return split(s).map(Number); }

    function renderChart(el) {
        if (!window.echarts) { return; }
        var kind = el.dataset.chart;
        var labels = split(el.dataset.labels);
        var seriesNames = split(el.dataset.series);
        var colors = ['#a4161a', '#0d6efd', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d', '#d63384'];
        var option;
        if (kind === 'pie') {
            option = {
                color: colors, tooltip: {trigger: 'item'}, legend: {bottom: 0, type: 'scroll'},
                series: [{type: 'pie', radius: ['35%', '62%'], center: ['50%', '45%'],
                    label: {show: labels.length <= 6}, data: labels.map(function (l, i) {
                    return {name: l, value: numbers(el.dataset.values)[i]};
                })}]
            };
        } else {
            var sets = [el.dataset.values, el.dataset.values2, el.dataset.values3, el.dataset.values4].filter(Boolean);
            option = {
                color: colors, tooltip: {trigger: 'axis'},
                legend: sets.length > 1 ? {bottom: 0} : undefined,
                grid: {left: 40, right: 16, top: 16, bottom: sets.length > 1 ? 48 : 32, containLabel: true},
                xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, rotate: labels.length > 6 ? 30 : 0}},
                yAxis: {type: 'value', minInterval: 1},
                series: sets.map(function (v, i) {
                    return {
                        name: seriesNames[i] || '', type: kind === 'line' ? 'line' : 'bar',
                        stack: kind === 'stacked' ? 'total' : undefined, data: numbers(v), barMaxWidth: 36
                    };
                })
            };
        }
        var chart = window.echarts.init(el, null, {renderer: 'svg'});
        chart.setOption(option);
        window.addEventListener('resize', function () { chart.resize(); });
    }

    function renderCharts(root) {
        root.querySelectorAll('.chart[data-chart]').forEach(renderChart);
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (document.querySelector('.chart[data-chart]') && !window.echarts) {
            var s = document.createElement('script');
            s.src = '/webjars/echarts/echarts.min.js';
            s.onload = function () { renderCharts(document); };
            document.head.appendChild(s);
        } else {
            renderCharts(document);
        }
    });
    document.addEventListener('htmx:afterSwap', function (e) { renderCharts(e.target); });
})();
