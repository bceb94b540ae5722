; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/053_union_punning.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/053_union_punning.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.fbits = type { float }
%union.dbits = type { double }
%struct.value = type { i32, %union.anon }
%union.anon = type { i64 }

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @float_bits(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca %union.fbits, align 4
  store float %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #3
  %4 = load float, ptr %2, align 4, !tbaa !5
  store float %4, ptr %3, align 4, !tbaa !9
  %5 = load i32, ptr %3, align 4, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #3
  ret i32 %5
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local float @float_from_bits(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %union.fbits, align 4
  store i32 %0, ptr %2, align 4, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #3
  %4 = load i32, ptr %2, align 4, !tbaa !10
  store i32 %4, ptr %3, align 4, !tbaa !9
  %5 = load float, ptr %3, align 4, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #3
  ret float %5
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @double_exponent(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca %union.dbits, align 8
  store double %0, ptr %2, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #3
  %4 = load double, ptr %2, align 8, !tbaa !12
  store double %4, ptr %3, align 8, !tbaa !9
  %5 = load i64, ptr %3, align 8, !tbaa !9
  %6 = lshr i64 %5, 52
  %7 = and i64 %6, 2047
  %8 = trunc i64 %7 to i32
  %9 = sub nsw i32 %8, 1023
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #3
  ret i32 %9
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @double_high_word(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca %union.dbits, align 8
  store double %0, ptr %2, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #3
  %4 = load double, ptr %2, align 8, !tbaa !12
  store double %4, ptr %3, align 8, !tbaa !9
  %5 = getelementptr inbounds [2 x i32], ptr %3, i64 0, i64 1
  %6 = load i32, ptr %5, align 4, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #3
  ret i32 %6
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local double @value_as_number(i32 %0, i64 %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca %struct.value, align 8
  %5 = alloca double, align 8
  %6 = alloca ptr, align 8
  %7 = getelementptr inbounds { i32, i64 }, ptr %4, i32 0, i32 0
  store i32 %0, ptr %7, align 8
  %8 = getelementptr inbounds { i32, i64 }, ptr %4, i32 0, i32 1
  store i64 %1, ptr %8, align 8
  %9 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 0
  %10 = load i32, ptr %9, align 8, !tbaa !14
  switch i32 %10, label %18 [
    i32 0, label %11
    i32 1, label %15
  ]

11:                                               ; preds = %2
  %12 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 1
  %13 = load i64, ptr %12, align 8, !tbaa !9
  %14 = sitofp i64 %13 to double
  store double %14, ptr %3, align 8
  br label %47

15:                                               ; preds = %2
  %16 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 1
  %17 = load double, ptr %16, align 8, !tbaa !9
  store double %17, ptr %3, align 8
  br label %47

18:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #3
  store double 0.000000e+00, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #3
  %19 = getelementptr inbounds %struct.value, ptr %4, i32 0, i32 1
  %20 = load ptr, ptr %19, align 8, !tbaa !9
  store ptr %20, ptr %6, align 8, !tbaa !16
  br label %21

21:                                               ; preds = %42, %18
  %22 = load ptr, ptr %6, align 8, !tbaa !16
  %23 = load i8, ptr %22, align 1, !tbaa !9
  %24 = sext i8 %23 to i32
  %25 = icmp sge i32 %24, 48
  br i1 %25, label %26, label %31

26:                                               ; preds = %21
  %27 = load ptr, ptr %6, align 8, !tbaa !16
  %28 = load i8, ptr %27, align 1, !tbaa !9
  %29 = sext i8 %28 to i32
  %30 = icmp sle i32 %29, 57
  br label %31

31:                                               ; preds = %26, %21
  %32 = phi i1 [ false, %21 ], [ %30, %26 ]
  br i1 %32, label %34, label %33

33:                                               ; preds = %31
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #3
  br label %45

34:                                               ; preds = %31
  %35 = load double, ptr %5, align 8, !tbaa !12
  %36 = load ptr, ptr %6, align 8, !tbaa !16
  %37 = load i8, ptr %36, align 1, !tbaa !9
  %38 = sext i8 %37 to i32
  %39 = sub nsw i32 %38, 48
  %40 = sitofp i32 %39 to double
  %41 = call double @llvm.fmuladd.f64(double %35, double 1.000000e+01, double %40)
  store double %41, ptr %5, align 8, !tbaa !12
  br label %42

42:                                               ; preds = %34
  %43 = load ptr, ptr %6, align 8, !tbaa !16
  %44 = getelementptr inbounds i8, ptr %43, i32 1
  store ptr %44, ptr %6, align 8, !tbaa !16
  br label %21, !llvm.loop !18

45:                                               ; preds = %33
  %46 = load double, ptr %5, align 8, !tbaa !12
  store double %46, ptr %3, align 8
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #3
  br label %47

47:                                               ; preds = %45, %15, %11
  %48 = load double, ptr %3, align 8
  ret double %48
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!7, !7, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = !{!15, !11, i64 0}
!15 = !{!"value", !11, i64 0, !7, i64 8}
!16 = !{!17, !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
