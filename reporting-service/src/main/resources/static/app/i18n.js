// The dashboard's words: Vietnamese first, English as a switch. Codes of the read models
// (DOWNWARD, ENDED_EARLY ...) are keys too, so a code is always shown in the reader's language.
const WORDS = {
  vi: {
    title: 'Luân chuyển cán bộ', overview: 'Tổng quan', switchLanguage: 'English', signOut: 'Đăng xuất',
    signInTitle: 'Đăng nhập', signInHelp: 'Dán mã truy cập (./token.sh VIEWER).', signIn: 'Đăng nhập',
    signInFailed: 'Mã truy cập không hợp lệ hoặc đã hết hạn.',
    province: 'Tỉnh, thành phố', allProvinces: 'Toàn quốc', provincesNow: 'Hiện nay', provincesFormer: 'Đã sáp nhập, đổi tên',
    from: 'Từ ngày', to: 'Đến ngày',
    asOf: 'Số liệu đội ngũ tại ngày', show: 'Xem', rotations: 'Lượt luân chuyển', overdue: 'Quá hạn',
    crossingBlocs: 'Chuyển khối', directions: 'Hướng luân chuyển', status: 'Trạng thái',
    outcomes: 'Kết quả đánh giá trước và sau', blocs: 'Chuyển khối', programmeTable: 'Chương trình luân chuyển',
    poolTable: 'Đội ngũ cán bộ thuộc diện Ban Thường vụ quản lý',
    keyPostsTable: 'Chức danh chủ chốt không phải người địa phương', rotationsTable: 'Danh sách luân chuyển',
    all: 'Tất cả', direction: 'Hướng', before: 'Trước luân chuyển', during: 'Trong luân chuyển',
    after: 'Sau luân chuyển', figure: 'Chỉ tiêu', count: 'Số lượng', share: 'Tỷ lệ (%)', cadre: 'Cán bộ',
    fromUnit: 'Nơi đi', toUnit: 'Nơi đến', start: 'Bắt đầu', plannedEnd: 'Kết thúc dự kiến', post: 'Chức danh',
    held: 'Số người giữ', nonNatives: 'Không phải người địa phương', total: 'Tổng số cán bộ',
    universityOrHigher: 'Đại học trở lên', advancedOrIntermediateTheory: 'Lý luận chính trị cao cấp, trung cấp',
    women: 'Nữ', under35: 'Dưới 35 tuổi', notStarted: 'Đề xuất, chưa bắt đầu',
    endedBeforeMinimum: 'Kết thúc trước 36 tháng', crossBlocs: 'Chuyển khối', sameBloc: 'Cùng khối',
    noEvaluation: 'Chưa có đánh giá', endReview: 'Đánh giá khi kết thúc', change: 'Thay đổi',
    SENDING_UNIT: 'Nơi đi đánh giá', RECEIVING_UNIT: 'Nơi đến đánh giá', DECIDING_LEVEL: 'Cấp có thẩm quyền đánh giá',
    points: 'điểm', indicator: 'Chỉ số', excel: 'Tải Excel', csv: 'Tải CSV', open: 'Xem',
    term: 'Thời hạn', months: 'tháng', rotationOf: 'Luân chuyển của',
    DOWNWARD: 'Từ trên xuống', UPWARD: 'Từ dưới lên', BETWEEN_LOCALITIES: 'Giữa các địa phương',
    BETWEEN_BODIES: 'Giữa các cơ quan', PROPOSED: 'Đề xuất', APPROVED: 'Đã có quyết định',
    ACTIVE: 'Đang luân chuyển', COMPLETED: 'Hoàn thành', ENDED_EARLY: 'Kết thúc trước hạn', CANCELLED: 'Đã hủy',
    ROTATION: 'Luân chuyển', TRANSFER: 'Điều động',
    IMPROVED: 'Tiến bộ', HELD: 'Giữ nguyên', FELL: 'Giảm', UNKNOWN: 'Chưa đủ đánh giá',
    CENTRAL: 'Trung ương', PROVINCE: 'Cấp tỉnh', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã', NONE: 'Chưa bố trí',
    EXCELLENT: 'Hoàn thành xuất sắc nhiệm vụ', GOOD: 'Hoàn thành tốt nhiệm vụ', NOT_COMPLETED: 'Không hoàn thành nhiệm vụ',
    COMPLETED_CLASS: 'Hoàn thành nhiệm vụ', reports: 'báo cáo',
    replaying: 'Đang dựng lại số liệu {processor}: {percent}% ({done}/{total} sự kiện, {rate} sự kiện/giây, còn khoảng {eta} giây). Các bảng vẫn hiển thị số liệu trước khi dựng lại.'
  },
  en: {
    title: 'Rotation of cadres', overview: 'Overview', switchLanguage: 'Tiếng Việt', signOut: 'Sign out',
    signInTitle: 'Sign in', signInHelp: 'Paste an access token (./token.sh VIEWER).', signIn: 'Sign in',
    signInFailed: 'The token is not valid or has expired.',
    province: 'Province', allProvinces: 'Whole country', provincesNow: 'Today', provincesFormer: 'Merged or renamed',
    from: 'From', to: 'To', asOf: 'Pool as of',
    show: 'Show', rotations: 'Rotations', overdue: 'Overdue', crossingBlocs: 'Across blocs',
    directions: 'Directions', status: 'Status', outcomes: 'Evaluation before and after', blocs: 'Across blocs',
    programmeTable: 'Rotation programme', poolTable: 'Cadre pool under the Standing Committee',
    keyPostsTable: 'Key posts held by non-natives', rotationsTable: 'Rotations', all: 'All',
    direction: 'Direction', before: 'Before', during: 'During', after: 'After', figure: 'Figure',
    count: 'Count', share: 'Share (%)', cadre: 'Cadre', fromUnit: 'From', toUnit: 'To', start: 'Start',
    plannedEnd: 'Planned end', post: 'Post', held: 'Held', nonNatives: 'Non-natives', total: 'Cadres',
    universityOrHigher: 'University or higher', advancedOrIntermediateTheory: 'Advanced or intermediate political theory',
    women: 'Women', under35: 'Under 35', notStarted: 'Proposed, not started',
    endedBeforeMinimum: 'Ended before 36 months', crossBlocs: 'Across blocs', sameBloc: 'Same bloc',
    noEvaluation: 'No evaluation', endReview: 'End-of-rotation review', change: 'Change', points: 'points',
    SENDING_UNIT: 'Sending unit', RECEIVING_UNIT: 'Receiving unit', DECIDING_LEVEL: 'Deciding level',
    indicator: 'Indicator', excel: 'Download Excel', csv: 'Download CSV', open: 'Open', term: 'Term',
    months: 'months', rotationOf: 'Rotation of',
    DOWNWARD: 'Downward', UPWARD: 'Upward', BETWEEN_LOCALITIES: 'Between localities', BETWEEN_BODIES: 'Between bodies',
    PROPOSED: 'Proposed', APPROVED: 'Decided', ACTIVE: 'Active', COMPLETED: 'Completed', ENDED_EARLY: 'Ended early',
    CANCELLED: 'Cancelled', ROTATION: 'Rotation', TRANSFER: 'Transfer',
    IMPROVED: 'Improved', HELD: 'Held', FELL: 'Fell', UNKNOWN: 'Not yet evaluated',
    CENTRAL: 'Central', PROVINCE: 'Province', DISTRICT: 'District', COMMUNE: 'Commune', NONE: 'No post',
    EXCELLENT: 'Excellent', GOOD: 'Good', NOT_COMPLETED: 'Not completed', COMPLETED_CLASS: 'Completed',
    reports: 'the reports',
    replaying: 'Rebuilding {processor}: {percent}% ({done}/{total} events, {rate} events/s, about {eta} s left). The tables still show the figures from before the rebuild.'
  }
};

const I18n = {
  language: localStorage.getItem('language') || 'vi',
  t(key) { return (WORDS[this.language] || WORDS.vi)[key] ?? key; },
  /** A class of evaluation: COMPLETED is a status word too, so classes have their own key. */
  classification(code) { return code === 'COMPLETED' ? this.t('COMPLETED_CLASS') : this.t(code); },
  /** dd/MM/yyyy in Vietnamese, ISO in English. */
  date(iso) {
    if (!iso) { return ''; }
    if (this.language === 'en') { return iso; }
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
  },
  /** A percentage as the reader writes decimals: 91,2 in Vietnamese, 91.2 in English. */
  percent(value) {
    if (value === '' || value === null || value === undefined) { return ''; }
    const fixed = Number(value).toFixed(1);
    return this.language === 'vi' ? fixed.replace('.', ',') : fixed;
  },
  apply(root = document) {
    document.documentElement.lang = this.language;
    root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = this.t(el.dataset.i18n); });
  },
  toggle() {
    this.language = this.language === 'vi' ? 'en' : 'vi';
    localStorage.setItem('language', this.language);
  }
};
