; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/097_global_counters.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/097_global_counters.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@global_total = dso_local global i64 100, align 8
@next_id.id = internal global i32 1000, align 4
@global_calls = dso_local global i32 0, align 4
@hidden_state = internal global i32 7, align 4
@once_initialized.initialized = internal global i32 0, align 4
@once_initialized.value = internal global i32 0, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @next_id() #0 {
  %1 = load i32, ptr @global_calls, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @global_calls, align 4, !tbaa !5
  %3 = load i32, ptr @next_id.id, align 4, !tbaa !5
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @next_id.id, align 4, !tbaa !5
  ret i32 %3
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @accumulate(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  %3 = load i32, ptr @global_calls, align 4, !tbaa !5
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @global_calls, align 4, !tbaa !5
  %5 = load i64, ptr %2, align 8, !tbaa !9
  %6 = load i64, ptr @global_total, align 8, !tbaa !9
  %7 = add nsw i64 %6, %5
  store i64 %7, ptr @global_total, align 8, !tbaa !9
  %8 = load i64, ptr @global_total, align 8, !tbaa !9
  ret i64 %8
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @lcg_next() #0 {
  %1 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(i64 8, ptr %1) #2
  %2 = load i32, ptr @hidden_state, align 4, !tbaa !5
  %3 = sext i32 %2 to i64
  %4 = mul nsw i64 %3, 48271
  %5 = srem i64 %4, 2147483647
  store i64 %5, ptr %1, align 8, !tbaa !11
  %6 = load i64, ptr %1, align 8, !tbaa !11
  %7 = trunc i64 %6 to i32
  store i32 %7, ptr @hidden_state, align 4, !tbaa !5
  %8 = load i32, ptr @hidden_state, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 8, ptr %1) #2
  ret i32 %8
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @lcg_seed(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %3, ptr @hidden_state, align 4, !tbaa !5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @once_initialized() #0 {
  %1 = alloca i32, align 4
  %2 = load i32, ptr @once_initialized.initialized, align 4, !tbaa !5
  %3 = icmp ne i32 %2, 0
  br i1 %3, label %19, label %4

4:                                                ; preds = %0
  store i32 0, ptr @once_initialized.value, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %1) #2
  store i32 1, ptr %1, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %15, %4
  %6 = load i32, ptr %1, align 4, !tbaa !5
  %7 = icmp sle i32 %6, 10
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(i64 4, ptr %1) #2
  br label %18

9:                                                ; preds = %5
  %10 = load i32, ptr %1, align 4, !tbaa !5
  %11 = load i32, ptr %1, align 4, !tbaa !5
  %12 = mul nsw i32 %10, %11
  %13 = load i32, ptr @once_initialized.value, align 4, !tbaa !5
  %14 = add nsw i32 %13, %12
  store i32 %14, ptr @once_initialized.value, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %9
  %16 = load i32, ptr %1, align 4, !tbaa !5
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %1, align 4, !tbaa !5
  br label %5, !llvm.loop !13

18:                                               ; preds = %8
  store i32 1, ptr @once_initialized.initialized, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %18, %0
  %20 = load i32, ptr @once_initialized.value, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr @once_initialized.value, align 4, !tbaa !5
  ret i32 %20
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long long", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
